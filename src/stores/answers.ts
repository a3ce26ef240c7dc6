/**
 * The learner's answers, one store per article, saved in this browser only.
 *
 * Stored shape, under `underline:v1:answers:<article-id>` in localStorage:
 *   { "<question-id>": { "option": <index of the picked option> }, … }
 * Only checked answers are saved; a pick that was never checked is not an answer yet.
 *
 * Versions: the `v1` in the key is the shape's version. A future shape gets a new key, and its decoder
 * reads the old key once and converts it. Data that cannot be read is never thrown away: it is kept under
 * `<key>:unreadable`, the article starts fresh, and the page says so.
 */
import { persistentAtom } from '@nanostores/persistent';
import { computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import { isAnswers, type Answers, type SingleAnswer } from '../quiz/answers.ts';
import { scoreAnswers, type Score } from '../quiz/score.ts';
import { reportStorageProblem, safeStorage } from './storage.ts';

export const answersKey = (articleId: string) => `underline:v1:answers:${articleId}`;

const stores = new Map<string, WritableAtom<Answers>>();

function decoder(key: string) {
	return (raw: string): Answers => {
		try {
			const value: unknown = JSON.parse(raw);
			if (isAnswers(value)) return value;
		} catch {
			// Falls through to the reset below, like a value of the wrong shape.
		}
		safeStorage[`${key}:unreadable`] = raw;
		reportStorageProblem('reset');
		return {};
	};
}

/** The answers store of one article. Every island on the page gets the same store for the same article. */
export function answersFor(articleId: string): WritableAtom<Answers> {
	let store = stores.get(articleId);
	if (!store) {
		const key = answersKey(articleId);
		store = persistentAtom<Answers>(key, {}, { encode: JSON.stringify, decode: decoder(key) });
		stores.set(articleId, store);
	}
	return store;
}

/** The score, derived from the answers: never stored, so it can never disagree with them. */
export function scoreFor(articleId: string, answerKey: Record<string, number>): ReadableAtom<Score> {
	return computed(answersFor(articleId), (answers) => scoreAnswers(answers, answerKey));
}

export function saveAnswer(articleId: string, questionId: string, answer: SingleAnswer): void {
	const $answers = answersFor(articleId);
	$answers.set({ ...$answers.get(), [questionId]: answer });
}

/** Clears one article's answers; other articles keep theirs. */
export function clearAnswers(articleId: string): void {
	answersFor(articleId).set({});
}

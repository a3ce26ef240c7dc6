/**
 * The learner's quiz state, one store per article, saved in this browser only.
 *
 * Where: localStorage, under `underline:v2:quiz:<article-id>`; the shape is documented in src/browser/quiz/state.ts.
 * Migration: when there is no version 2 value, a version 1 value (`underline:v1:answers:<article-id>`) is
 * converted once and its key removed. A later version adds its own key and reads this one the same way.
 * Unreadable data is never thrown away: it is kept under `<key>:unreadable`, the article starts fresh,
 * and the page says so. Writes merge with what other tabs stored, so answers given in two tabs both survive.
 */
import { persistentAtom } from '@nanostores/persistent';
import { computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { ScoredQuestion } from '../../core/contract/page-data.ts';
import { emptyState, fromVersion1, isQuizState, mergeStates, type AnswerRecord, type Mode, type QuizState } from '../quiz/state.ts';
import { summarize, type Summary } from '../quiz/summary.ts';
import { reportStorageProblem, safeStorage } from './storage.ts';

export const storageKey = (articleId: string) => `underline:v2:quiz:${articleId}`;
const version1Key = (articleId: string) => `underline:v1:answers:${articleId}`;

function parse(raw: string | undefined, key: string, convert: (value: unknown) => QuizState | undefined): QuizState | undefined {
	if (raw === undefined) return undefined;
	try {
		const state = convert(JSON.parse(raw));
		if (state) return state;
	} catch {
		// Falls through, like a value of the wrong shape.
	}
	safeStorage[`${key}:unreadable`] = raw;
	reportStorageProblem('reset');
	return undefined;
}

const asVersion2 = (value: unknown) => (isQuizState(value) ? value : undefined);

/** Reads an article's stored state, whatever version it is in; never throws. */
function readStored(articleId: string): QuizState | undefined {
	const key = storageKey(articleId);
	return parse(safeStorage[key], key, asVersion2);
}

const stores = new Map<string, WritableAtom<QuizState>>();

/** The quiz state of one article. Every island on the page gets the same store for the same article. */
export function quizFor(articleId: string): WritableAtom<QuizState> {
	let store = stores.get(articleId);
	if (!store) {
		const key = storageKey(articleId);
		const oldKey = version1Key(articleId);
		if (!(key in safeStorage) && oldKey in safeStorage) {
			const migrated = parse(safeStorage[oldKey], oldKey, fromVersion1);
			if (migrated) safeStorage[key] = JSON.stringify(migrated);
			delete safeStorage[oldKey];
		}
		store = persistentAtom<QuizState>(key, emptyState(), {
			encode: JSON.stringify,
			decode: (raw) => parse(raw, key, asVersion2) ?? emptyState(),
		});
		stores.set(articleId, store);
	}
	return store;
}

const summaries = new Map<string, ReadableAtom<Summary>>();

/**
 * The score, progress and results, derived from the state: never stored, so they can never disagree with it.
 * The progress line and the results get the same derived store, so the summary is worked out once per change.
 */
export const summaryFor = (articleId: string, questions: ScoredQuestion[]): ReadableAtom<Summary> =>
	memoized(summaries, articleId, () => computed(quizFor(articleId), (state) => summarize(questions, state)));

const modes = new Map<string, ReadableAtom<Mode>>();
const handIns = new Map<string, ReadableAtom<boolean>>();

/** The quiz's mode. A store of its own notifies only when the mode changes, not on every answer. */
export const modeFor = (articleId: string) => memoized(modes, articleId, () => computed(quizFor(articleId), (state) => state.mode));

/** Whether the test has been handed in. Like the mode, it notifies only when it changes. */
export const handedInFor = (articleId: string) =>
	memoized(handIns, articleId, () => computed(quizFor(articleId), (state) => state.submitted !== undefined));

function memoized<T>(cache: Map<string, T>, articleId: string, create: () => T): T {
	let value = cache.get(articleId);
	if (!value) cache.set(articleId, (value = create()));
	return value;
}

/** Applies a change on top of what every tab has stored, so a second tab's answers are never overwritten. */
function update(articleId: string, change: (state: QuizState) => QuizState): void {
	const $quiz = quizFor(articleId);
	const stored = readStored(articleId);
	$quiz.set(change(stored ? mergeStates(stored, $quiz.get()) : $quiz.get()));
}

function updateAnswer(articleId: string, questionId: string, change: (record: AnswerRecord | undefined) => Omit<AnswerRecord, 'at'>): void {
	update(articleId, (state) => ({
		...state,
		answers: { ...state.answers, [questionId]: { ...change(state.answers[questionId]), at: Date.now() } },
	}));
}

/** Practice: checks an answer. The first check is what the score counts; one more is allowed after a wrong one. */
export function checkAnswer(articleId: string, questionId: string, value: number[]): void {
	updateAnswer(articleId, questionId, (record) => ({
		...record,
		value,
		first: record?.first ?? value,
		tries: (record?.tries ?? 0) + 1,
	}));
}

/** Practice: shows the answer after a wrong first try. */
export function revealAnswer(articleId: string, questionId: string): void {
	updateAnswer(articleId, questionId, (record) => ({ value: [], ...record, revealed: true }));
}

/**
 * Keeps the answer as it is being given: in practice it counts once checked, in a test once handed in. Once a test is
 * handed in, answers are frozen; only the self-check of open answers, which comes after, can still change.
 */
export function keepAnswer(articleId: string, questionId: string, patch: Partial<Omit<AnswerRecord, 'at'>>): void {
	if (quizFor(articleId).get().submitted && Object.keys(patch).some((field) => field !== 'covered')) return;
	updateAnswer(articleId, questionId, (record) => ({ value: [], ...record, ...patch }));
}

/**
 * open: the learner compares their answer with the model answer, which shows it and opens the checklist. In a test
 * this comes after handing in, and leaves the handed-in answer as it is.
 */
export function compareAnswer(articleId: string, questionId: string): void {
	updateAnswer(articleId, questionId, (record) => ({ value: [], ...record, tries: (record?.tries ?? 0) + 1 }));
}

/** Test mode: hands in the quiz. A second call (a double click) changes nothing. */
export function submitQuiz(articleId: string): void {
	update(articleId, (state) => (state.submitted ? state : { ...state, submitted: Date.now() }));
}

/** Clears this article's answers and starts again, in `mode` (the current one by default). Other articles keep theirs. */
export function startOver(articleId: string, mode: Mode = quizFor(articleId).get().mode): void {
	update(articleId, () => emptyState(mode, Date.now()));
}

/**
 * Replaces this article's answers with progress saved on another device. Everything loaded is stamped now, as if
 * started over and answered afresh, so that no older copy in another tab merges back over it.
 */
export function loadProgress(articleId: string, loaded: QuizState): void {
	const now = Date.now();
	const answers = Object.fromEntries(Object.entries(loaded.answers).map(([id, record]) => [id, { ...record, at: now }]));
	update(articleId, () => ({ mode: loaded.mode, answers, submitted: loaded.submitted === undefined ? undefined : now, resetAt: now }));
}

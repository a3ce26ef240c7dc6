import type { Skill } from '../../core/schema/skill.ts';
import type { IslandQuestion } from '../../core/contract/page-data.ts';
import type { Mode, QuizState } from '../quiz/state.ts';
import { countingAnswer, isWritten, questionStatus } from '../quiz/phase.ts';
import { summarize } from '../quiz/summary.ts';

/**
 * A learner's results for one article, as the results file holds them and the results code carries them. It is made
 * on the learner's device and read on the class page; nothing sends it anywhere.
 */
export interface ResultsRecord {
	kind: 'underline-results';
	version: 1;
	article: string;
	/** The bank's revision (`bankRevision` in the page data). */
	bank: string;
	mode: Mode;
	seed: string | null;
	/** When the first answer was given and when the quiz was finished, as ISO times. */
	started: string;
	finished: string;
	/** The name the learner typed, if any. */
	name: string;
	/** Auto-scored questions right, of all auto-scored questions. */
	score: { right: number; total: number };
	skills: Partial<Record<Skill, { right: number; total: number }>>;
	questions: ResultsQuestion[];
}

export interface ResultsQuestion {
	id: string;
	/** The question's revision, so results from another revision of the bank count only where it is unchanged. */
	version: string;
	skill: Skill;
	/** The answer that counts, as numbers (see `ScoringKind`), or an open answer's text; null when not answered. */
	answer: number[] | string | null;
	/** Whether the answer that counts is right; null for open questions, which the learner checks. */
	right: boolean | null;
	/** How many times the answer was checked (practice), or 1 once handed in (test). */
	tries: number;
}

interface Extras {
	articleId: string;
	bankRevision: string;
	seed: string | null;
	name: string;
	now: number;
}

/** The results of a finished quiz, from its stored state. */
export function resultsOf(
	questions: IslandQuestion[],
	state: QuizState,
	{ articleId, bankRevision, seed, name, now }: Extras,
): ResultsRecord {
	const handedIn = state.submitted !== undefined;
	const summary = summarize(questions, state);
	const times = Object.values(state.answers).map((record) => record.at);
	return {
		kind: 'underline-results',
		version: 1,
		article: articleId,
		bank: bankRevision,
		mode: state.mode,
		seed,
		started: new Date(times.length ? Math.min(...times) : now).toISOString(),
		finished: new Date(state.submitted ?? (times.length ? Math.max(...times) : now)).toISOString(),
		name: name.trim(),
		score: { right: summary.correct, total: summary.total },
		skills: Object.fromEntries(summary.bySkill.map(({ skill, correct, total }) => [skill, { right: correct, total }])),
		questions: questions.map((question) => {
			const record = state.answers[question.id];
			const status = questionStatus(question, record, { mode: state.mode, handedIn });
			return {
				id: question.id,
				version: question.revision,
				skill: question.skill,
				answer: status === 'unanswered' ? null : (countingAnswer(question, record, state.mode) ?? null),
				right: isWritten(question) ? null : status === 'right',
				tries: state.mode === 'test' ? (handedIn && status !== 'unanswered' ? 1 : 0) : (record?.tries ?? 0),
			};
		}),
	};
}

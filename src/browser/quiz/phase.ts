import type { ScoredQuestion } from '../../core/contract/page-data.ts';
import { isComplete, isRight } from './score.ts';
import type { AnswerRecord, Mode } from './state.ts';

/**
 * A question's life, in one place: where it stands, whether its answer can change, which answer counts, and what the
 * learner may see. The card, the results, the results file and the LMS all ask here, so they never disagree.
 *
 * Practice: answer (kept as a draft), check; a wrong first check opens a retry (or the answer can be revealed); the
 * first checked answer is the one that counts. Test: answers are kept as given, and nothing is judged until the quiz
 * is handed in; then the handed-in answer counts. Written questions (`kind: 'none'`) are not scored: the learner writes,
 * then compares with the model answer; in a test, only after handing in.
 */

/**
 * Where a question stands. The card and the results both say it, in the same words (the catalogue's `quiz.status`).
 * - Scored, before a test is handed in: `unanswered`, `partial` (some rows chosen) or `answered`.
 * - Scored, once judged: `right`, `wrong`, or `corrected` (practice: wrong first, right on the second try, which is not scored).
 * - Written: `unanswered`, `written`, or `compared` once the learner has compared it with the model answer.
 */
export type Status = 'unanswered' | 'partial' | 'answered' | 'right' | 'wrong' | 'corrected' | 'written' | 'compared';

/** Whether a status is a verdict, and which: shown with ✓ or ✗ on the card and in the results. */
export const verdictOf: Partial<Record<Status, boolean>> = { right: true, corrected: true, wrong: false };

/** A written question: the learner's text, compared with a model answer, never scored. */
export const isWritten = (question: Pick<ScoredQuestion, 'kind'>) => question.kind === 'none';

/** The quiz as a whole, as every question's phase depends on it. */
export interface Round {
	mode: Mode;
	handedIn: boolean;
}

/**
 * Where one question stands, from its stored record alone: in practice the first answer checked counts, in a test the
 * one handed in. Takes only what it reads, so a question's view can follow its own record and nothing else.
 */
export function questionStatus(question: ScoredQuestion, record: AnswerRecord | undefined, { mode, handedIn }: Round): Status {
	if (isWritten(question)) {
		if (!record?.text?.trim()) return 'unanswered';
		return (record.tries ?? 0) > 0 ? 'compared' : 'written';
	}
	if (mode === 'test') {
		const value = record?.value;
		if (!value?.some((part) => part >= 0)) return 'unanswered';
		if (!handedIn) return isComplete(question, value) ? 'answered' : 'partial';
		return isRight(question, value) ? 'right' : 'wrong';
	}
	if (!record?.first?.length) return 'unanswered';
	if (isRight(question, record.first)) return 'right';
	return record.tries === 2 && isRight(question, record.value) ? 'corrected' : 'wrong';
}

/**
 * The answer that counts: a written question's text, a practice question's first checked answer, a test question's
 * answer as given (and, once handed in, as handed in).
 */
export function countingAnswer(question: ScoredQuestion, record: AnswerRecord | undefined, mode: Mode): number[] | string | undefined {
	return isWritten(question) ? record?.text : mode === 'test' ? record?.value : record?.first;
}

/** Whether a status is final enough to tell a course: judged (right, wrong, corrected), compared, or written and handed in. */
export const isJudged = (status: Status, handedIn: boolean) =>
	status === 'right' || status === 'wrong' || status === 'corrected' || status === 'compared' || (handedIn && status === 'written');

/** Finished: a test handed in, or every scored question of a practice checked (and at least one to check). */
export const isFinished = ({ mode, handedIn }: Round, scored: { answered: number; total: number }) =>
	mode === 'test' ? handedIn : scored.total > 0 && scored.answered === scored.total;

/** What a question's card shows and allows, for one moment of its life. */
export interface Phase {
	status: Status;
	/** Its answer can still change. */
	editable: boolean;
	/** Practice: checked once and wrong, neither retried nor revealed: the hint, Try again and Show the answer. */
	firstWrong: boolean;
	/** The answer is final: show which parts are right, with their feedback, and what the question teaches. */
	done: boolean;
	/** The button that checks (or, written, compares) is there. */
	canCheck: boolean;
	/** Part A of a two-part item keeps its explanation and evidence back until its part B is answered: they would give it away. */
	held: boolean;
}

export interface Moment extends Round {
	/** Practice: the learner pressed Try again after a wrong first check. */
	retrying: boolean;
	/** Part A of a two-part item: whether its part B has been checked (or, in a test, answered). */
	partBTried: boolean;
}

/** A question's phase: everything its card needs to decide, from its record and the moment of the quiz. */
export function questionPhase(question: ScoredQuestion & { heldUntil?: string }, record: AnswerRecord | undefined, moment: Moment): Phase {
	const status = questionStatus(question, record, moment);
	const written = isWritten(question);
	const test = moment.mode === 'test';
	const tried = (record?.tries ?? 0) > 0;
	const firstWrong = !test && !written && record?.tries === 1 && !record.revealed && status === 'wrong';
	// Written answers stay editable until a test is handed in; others until checked (practice) or handed in (test).
	const editable = test ? !moment.handedIn : written || !tried || moment.retrying;
	return {
		status,
		editable,
		firstWrong,
		done: written ? tried : test ? moment.handedIn : tried && !firstWrong,
		canCheck: written ? !tried && (!test || moment.handedIn) : !test && editable,
		held: !moment.handedIn && question.heldUntil !== undefined && !moment.partBTried,
	};
}

import type { Skill } from '../../core/schema/skill.ts';
import type { ScoredQuestion } from '../../core/contract/page-data.ts';
import { isComplete, isRight } from './score.ts';
import type { AnswerRecord, Mode, QuizState } from './state.ts';

/**
 * Where a question stands. The card and the results both say it, in the same words (the catalogue's `quiz.status`).
 * - Scored, before a test is handed in: `unanswered`, `partial` (some rows chosen) or `answered`.
 * - Scored, once judged: `right`, `wrong`, or `corrected` (practice: wrong first, right on the second try, which is not scored).
 * - Open: `unanswered`, `written`, or `compared` once the learner has compared it with the model answer.
 */
export type Status = 'unanswered' | 'partial' | 'answered' | 'right' | 'wrong' | 'corrected' | 'written' | 'compared';

/** The start of a prompt, cut at a word, for naming the question in the results. */
export function promptStart(prompt: string, length = 60): string {
	if (prompt.length <= length) return prompt;
	const cut = prompt.lastIndexOf(' ', length);
	return `${prompt.slice(0, cut > 0 ? cut : length).replace(/[\s,;:]+$/, '')}…`;
}

/** Whether a status is a verdict, and which: shown with ✓ or ✗ on the card and in the results. */
export const verdictOf: Partial<Record<Status, boolean>> = { right: true, corrected: true, wrong: false };

export interface Summary {
	/** Auto-scored questions; open questions are not among them. */
	total: number;
	/** Auto-scored questions with a whole answer. */
	answered: number;
	/** Auto-scored questions answered only in part (a test's match or classify rows). */
	partial: number;
	/** Auto-scored questions right: the first attempt in practice, the handed-in answer in a test. */
	correct: number;
	/** Open questions, and how many of them the learner has compared with the model answer. */
	open: number;
	compared: number;
	/** Whether correctness may be shown: always in practice, only after handing in a test. */
	revealed: boolean;
	bySkill: { skill: Skill; correct: number; total: number }[];
}

/**
 * Where one question stands, from its stored record alone: in practice the first answer checked counts, in a test the
 * one handed in. Takes only what it reads, so a question's view can follow its own record and nothing else.
 */
export function questionStatus(question: ScoredQuestion, record: AnswerRecord | undefined, mode: Mode, handedIn: boolean): Status {
	if (question.kind === 'none') {
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

/** Everything the score, the progress line and the results show, derived from the stored state alone. */
export function summarize(questions: ScoredQuestion[], state: QuizState): Summary {
	const summary: Summary = {
		total: 0,
		answered: 0,
		partial: 0,
		correct: 0,
		open: 0,
		compared: 0,
		revealed: state.mode === 'practice' || state.submitted !== undefined,
		bySkill: [],
	};
	const bySkill = new Map<Skill, { correct: number; total: number }>();
	for (const question of questions) {
		const status = questionStatus(question, state.answers[question.id], state.mode, state.submitted !== undefined);
		if (question.kind === 'none') {
			summary.open++;
			if (status === 'compared') summary.compared++;
			continue;
		}
		const right = status === 'right';
		const skill = bySkill.get(question.skill) ?? { correct: 0, total: 0 };
		bySkill.set(question.skill, { correct: skill.correct + (right ? 1 : 0), total: skill.total + 1 });
		summary.total++;
		if (right) summary.correct++;
		if (status === 'partial') summary.partial++;
		else if (status !== 'unanswered') summary.answered++;
	}
	// In the order the bank first uses each skill, which runs from literal reading to evaluation.
	summary.bySkill = [...bySkill].map(([skill, counts]) => ({ skill, ...counts }));
	return summary;
}

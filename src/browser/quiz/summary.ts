import type { Skill } from '../../core/schema/skill.ts';
import type { ScoredQuestion } from '../../core/contract/page-data.ts';
import { isWritten, questionStatus, type Status } from './phase.ts';
import type { QuizState } from './state.ts';

/** The start of a prompt, cut at a word, for naming the question in the results. */
export function promptStart(prompt: string, length = 60): string {
	if (prompt.length <= length) return prompt;
	const cut = prompt.lastIndexOf(' ', length);
	return `${prompt.slice(0, cut > 0 ? cut : length).replace(/[\s,;:]+$/, '')}…`;
}

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
	/** Each question's status, in the bank's order: what the results' advice on what to review first reads. */
	statuses: Status[];
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
		statuses: [],
	};
	const bySkill = new Map<Skill, { correct: number; total: number }>();
	for (const question of questions) {
		const status = questionStatus(question, state.answers[question.id], { mode: state.mode, handedIn: state.submitted !== undefined });
		summary.statuses.push(status);
		if (isWritten(question)) {
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

import type { Skill } from '../schema/skill.ts';
import { isRight, type ScoredQuestion } from './score.ts';
import type { AnswerRecord, QuizState } from './state.ts';

/** Where a question stands, as the summary lists it. */
export type Status = 'unanswered' | 'answered' | 'right' | 'wrong' | 'corrected' | 'self-checked';

export interface Summary {
	/** Auto-scored questions; open questions are not among them. */
	total: number;
	/** Auto-scored questions answered. */
	answered: number;
	/** Auto-scored questions right: the first attempt in practice, the handed-in answer in a test. */
	correct: number;
	/** Open questions, and how many of them the learner has checked against the model answer. */
	open: number;
	selfChecked: number;
	/** Whether correctness may be shown: always in practice, only after handing in a test. */
	revealed: boolean;
	bySkill: { skill: Skill; correct: number; total: number }[];
	status: Record<string, Status>;
}

/** The answer a question is scored on: in practice the first one checked, in a test the one handed in. */
const scoredAnswer = (state: QuizState, record: AnswerRecord | undefined) => (state.mode === 'practice' ? record?.first : record?.value);

/** Everything the score, the progress bar and the results show, derived from the stored state alone. */
export function summarize(questions: ScoredQuestion[], state: QuizState): Summary {
	const revealed = state.mode === 'practice' || state.submitted !== undefined;
	const status: Record<string, Status> = {};
	const bySkill = new Map<Skill, { correct: number; total: number }>();
	let answered = 0;
	let correct = 0;
	let selfChecked = 0;
	for (const question of questions) {
		const record = state.answers[question.id];
		const answer = scoredAnswer(state, record);
		if (question.kind === 'none') {
			// Self-checked once the learner has seen the model answer: after comparing, or after handing in a test.
			const checked = state.mode === 'test' ? state.submitted !== undefined && !!record?.text : (record?.tries ?? 0) > 0;
			if (checked) selfChecked++;
			status[question.id] = checked ? 'self-checked' : record?.text ? 'answered' : 'unanswered';
			continue;
		}
		const right = isRight(question, answer);
		const skill = bySkill.get(question.skill) ?? { correct: 0, total: 0 };
		bySkill.set(question.skill, { correct: skill.correct + (right ? 1 : 0), total: skill.total + 1 });
		if (!answer?.length) {
			status[question.id] = 'unanswered';
			continue;
		}
		answered++;
		if (right) correct++;
		const corrected = !right && state.mode === 'practice' && isRight(question, record?.value);
		status[question.id] = !revealed ? 'answered' : right ? 'right' : corrected ? 'corrected' : 'wrong';
	}
	return {
		total: questions.filter((question) => question.kind !== 'none').length,
		answered,
		correct,
		open: questions.filter((question) => question.kind === 'none').length,
		selfChecked,
		revealed,
		// In the order the bank first uses each skill, which runs from literal reading to evaluation.
		bySkill: [...bySkill].map(([skill, counts]) => ({ skill, ...counts })),
		status,
	};
}

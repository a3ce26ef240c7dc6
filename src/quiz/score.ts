import type { Answers } from './answers.ts';

export interface Score {
	/** Questions in the quiz. */
	total: number;
	/** Questions the learner has checked. */
	answered: number;
	/** Checked questions answered right. */
	correct: number;
}

/** Scores saved answers against the key. Answers to questions the key no longer has are ignored. */
export function scoreAnswers(answers: Answers, answerKey: Record<string, number>): Score {
	let answered = 0;
	let correct = 0;
	for (const [questionId, right] of Object.entries(answerKey)) {
		const answer = answers[questionId];
		if (!answer) continue;
		answered++;
		if (answer.option === right) correct++;
	}
	return { total: Object.keys(answerKey).length, answered, correct };
}

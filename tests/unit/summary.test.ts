import { describe, expect, test } from 'vitest';
import type { ScoredQuestion } from '../../src/quiz/score.ts';
import type { QuizState } from '../../src/quiz/state.ts';
import { summarize } from '../../src/quiz/summary.ts';

const questions: ScoredQuestion[] = [
	{ id: 'one', skill: 'literal', kind: 'set', key: [0], size: 3 },
	{ id: 'two', skill: 'literal', kind: 'order', key: [1, 0], size: 2 },
	{ id: 'three', skill: 'framing', kind: 'rows', key: [1, 1], size: 2 },
	{ id: 'essay', skill: 'framing', kind: 'none', key: [], size: 10 },
];

describe('summarize', () => {
	test('practice counts first attempts, lists corrections, and leaves open answers out of the score', () => {
		const state: QuizState = {
			mode: 'practice',
			answers: {
				one: { value: [0], first: [0], tries: 1, at: 1 },
				two: { value: [1, 0], first: [0, 1], tries: 2, at: 1 },
				essay: { value: [3], first: [3], tries: 1, text: 'Mine.', at: 1 },
			},
		};
		expect(summarize(questions, state)).toEqual({
			total: 3,
			answered: 2,
			correct: 1,
			open: 1,
			selfChecked: 1,
			revealed: true,
			bySkill: [
				{ skill: 'literal', correct: 1, total: 2 },
				{ skill: 'framing', correct: 0, total: 1 },
			],
			status: { one: 'right', two: 'corrected', three: 'unanswered', essay: 'self-checked' },
		});
	});

	test('a test shows nothing of correctness until it is handed in', () => {
		const answers = { one: { value: [1], at: 1 }, three: { value: [1, 1], at: 1 }, essay: { value: [2], text: 'Mine.', at: 1 } };
		const before = summarize(questions, { mode: 'test', answers });
		expect(before).toMatchObject({
			answered: 2,
			revealed: false,
			selfChecked: 0,
			status: { one: 'answered', three: 'answered', essay: 'answered' },
		});
		const after = summarize(questions, { mode: 'test', answers, submitted: 5 });
		expect(after).toMatchObject({
			answered: 2,
			correct: 1,
			revealed: true,
			selfChecked: 1,
			status: { one: 'wrong', three: 'right', essay: 'self-checked' },
		});
	});
});

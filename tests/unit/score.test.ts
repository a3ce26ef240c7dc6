import { describe, expect, test } from 'vitest';
import { scoreAnswers } from '../../src/quiz/score.ts';

describe('scoreAnswers', () => {
	const answerKey = { first: 0, second: 2, third: 1 };

	test('nothing answered', () => {
		expect(scoreAnswers({}, answerKey)).toEqual({ total: 3, answered: 0, correct: 0 });
	});

	test('counts right and wrong answers', () => {
		expect(scoreAnswers({ first: { option: 0 }, second: { option: 1 } }, answerKey)).toEqual({ total: 3, answered: 2, correct: 1 });
	});

	test('all right', () => {
		expect(scoreAnswers({ first: { option: 0 }, second: { option: 2 }, third: { option: 1 } }, answerKey)).toEqual({
			total: 3,
			answered: 3,
			correct: 3,
		});
	});

	test('answers to questions no longer in the bank are ignored', () => {
		expect(scoreAnswers({ removed: { option: 0 }, first: { option: 0 } }, answerKey)).toEqual({ total: 3, answered: 1, correct: 1 });
	});
});

import { expect, test } from 'vitest';
import { reviewFirst } from '../../../src/browser/results/review.ts';

test('the skill with the smallest share right comes first, at its first missed question', () => {
	const bySkill = [
		{ skill: 'literal' as const, correct: 1, total: 2 },
		{ skill: 'sourcing' as const, correct: 0, total: 2 },
	];
	const questions = [
		{ id: 'a', skill: 'literal' as const },
		{ id: 'b', skill: 'literal' as const },
		{ id: 'c', skill: 'sourcing' as const },
		{ id: 'd', skill: 'sourcing' as const },
	];
	expect(reviewFirst(bySkill, questions, ['wrong', 'right', 'unanswered', 'corrected'])).toEqual({ skill: 'sourcing', question: 'd' });
});

test('on a tie the skill the bank reaches first wins, and a skill only left unanswered is not one to review', () => {
	const bySkill = [
		{ skill: 'framing' as const, correct: 0, total: 1 },
		{ skill: 'hedging' as const, correct: 0, total: 1 },
		{ skill: 'omission' as const, correct: 0, total: 1 },
	];
	const questions = [
		{ id: 'a', skill: 'framing' as const },
		{ id: 'b', skill: 'hedging' as const },
		{ id: 'c', skill: 'omission' as const },
	];
	expect(reviewFirst(bySkill, questions, ['unanswered', 'wrong', 'wrong'])).toEqual({ skill: 'hedging', question: 'b' });
});

test('nothing missed, nothing to review', () => {
	expect(reviewFirst([{ skill: 'literal', correct: 1, total: 1 }], [{ id: 'a', skill: 'literal' }], ['right'])).toBeUndefined();
});

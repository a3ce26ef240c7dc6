import { expect, test } from 'vitest';
import { startingPlace } from '../../../src/browser/quiz/place.ts';

const ids = ['a', 'b', 'c'];
const answeredOnly =
	(...done: string[]) =>
	(id: string) =>
		done.includes(id);

test('a learner who has not started begins at the first question', () => {
	expect(startingPlace(ids, answeredOnly())).toBe(0);
});

test('a learner coming back picks up at the first question without an answer, even after a skipped one', () => {
	expect(startingPlace(ids, answeredOnly('a'))).toBe(1);
	expect(startingPlace(ids, answeredOnly('a', 'c'))).toBe(1);
});

test('a link to a question wins over the first unanswered one', () => {
	expect(startingPlace(ids, answeredOnly(), 'c')).toBe(2);
});

test('a link to no question of the quiz is ignored, and a finished quiz opens at the first question', () => {
	expect(startingPlace(ids, answeredOnly('a', 'b', 'c'), 'p-4')).toBe(0);
});

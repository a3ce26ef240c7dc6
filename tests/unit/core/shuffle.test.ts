import { describe, expect, test } from 'vitest';
import { startOrder } from '../../../src/core/shuffle.ts';

describe('startOrder', () => {
	test('is the same every time for the same question', () => {
		expect(startOrder('timeline', 5)).toEqual(startOrder('timeline', 5));
	});

	test('holds every item once', () => {
		expect([...startOrder('timeline', 6)].sort()).toEqual([0, 1, 2, 3, 4, 5]);
	});

	test('never starts in the right order', () => {
		for (let count = 2; count <= 6; count++) {
			for (let seed = 0; seed < 500; seed++) {
				const order = startOrder(`question-${seed}`, count);
				expect(order.every((item, index) => item === index)).toBe(false);
			}
		}
	});
});

test('a start order avoids whatever answer it is given', () => {
	for (let seed = 0; seed < 500; seed++) expect(startOrder(`seed-${seed}`, 3, [2, 0, 1])).not.toEqual([2, 0, 1]);
});

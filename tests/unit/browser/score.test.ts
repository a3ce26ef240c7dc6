import { describe, expect, test } from 'vitest';
import { emptyRows, isComplete, isRight, partsRight } from '../../../src/browser/quiz/score.ts';
import type { ScoredQuestion } from '../../../src/core/contract/page-data.ts';

const question = (kind: ScoredQuestion['kind'], key: number[], size: number): ScoredQuestion => ({
	id: 'q',
	skill: 'literal',
	kind,
	key,
	size,
});

describe('single (set of one)', () => {
	const single = question('set', [2], 4);
	test('the right option', () => expect(isRight(single, [2])).toBe(true));
	test('a wrong option', () => expect(isRight(single, [1])).toBe(false));
	test('an empty answer', () => expect(isRight(single, [])).toBe(false));
	test('no answer', () => expect(isRight(single, undefined)).toBe(false));
});

describe('multiple (set)', () => {
	const multiple = question('set', [0, 2], 4);
	test('every right option and no wrong one, in any order', () => expect(isRight(multiple, [2, 0])).toBe(true));
	test('one right option missing', () => {
		expect(isRight(multiple, [0])).toBe(false);
		expect(partsRight(multiple, [0])).toEqual([true, true, false, true]);
	});
	test('one extra wrong option', () => {
		expect(isRight(multiple, [0, 2, 3])).toBe(false);
		expect(partsRight(multiple, [0, 2, 3])).toEqual([true, true, true, false]);
	});
	test('an empty answer', () => expect(isRight(multiple, [])).toBe(false));
});

describe('highlight (set of sentences)', () => {
	const highlight = question('set', [1, 4], 6);
	test('the key sentences', () => expect(isRight(highlight, [4, 1])).toBe(true));
	test('one key sentence missing', () => expect(isRight(highlight, [1])).toBe(false));
	test('one extra sentence', () => expect(isRight(highlight, [1, 4, 5])).toBe(false));
	test('nothing selected', () => expect(isRight(highlight, [])).toBe(false));
});

describe('order', () => {
	const order = question('order', [2, 0, 1], 3);
	test('the right sequence', () => expect(isRight(order, [2, 0, 1])).toBe(true));
	test('two items swapped', () => {
		expect(isRight(order, [0, 2, 1])).toBe(false);
		expect(partsRight(order, [0, 2, 1])).toEqual([false, false, true]);
	});
	test('an item missing', () => expect(isRight(order, [2, 0])).toBe(false));
	test('an empty answer', () => expect(isRight(order, [])).toBe(false));
});

describe.each(['match', 'classify'])('%s (rows)', () => {
	const rows = question('rows', [1, 0, 1], 3);
	test('every row right', () => expect(isRight(rows, [1, 0, 1])).toBe(true));
	test('one row wrong', () => {
		expect(isRight(rows, [1, 1, 1])).toBe(false);
		expect(partsRight(rows, [1, 1, 1])).toEqual([true, false, true]);
	});
	test('one row left empty', () => expect(isRight(rows, [1, 0])).toBe(false));
	test('an extra, wrong row value does not make it right', () => expect(isRight(rows, [1, 0, 0])).toBe(false));
	test('an empty answer', () => expect(isRight(rows, [])).toBe(false));
	test('rows without a choice, whether -1 or missing, are listed and make the answer incomplete', () => {
		expect(emptyRows(rows, [1, -1])).toEqual([1, 2]);
		expect(isComplete(rows, [1, -1, 0])).toBe(false);
		expect(isComplete(rows, [1, 1, 0])).toBe(true);
	});
});

test('an answer of another kind is complete once anything is chosen', () => {
	expect(isComplete(question('set', [0], 3), [])).toBe(false);
	expect(isComplete(question('set', [0], 3), [2])).toBe(true);
	expect(emptyRows(question('set', [0], 3), [])).toEqual([]);
});

describe('open', () => {
	test('is never auto-scored', () => expect(isRight(question('none', [], 0), [1])).toBe(false));
});

import { describe, expect, test } from 'vitest';
import { fromVersion1, isQuizState, mergeStates, type QuizState } from '../../../src/browser/quiz/state.ts';

const state = (answers: QuizState['answers'], extra: Partial<QuizState> = {}): QuizState => ({ mode: 'practice', answers, ...extra });

describe('isQuizState', () => {
	test('accepts -1 for a row not answered yet', () => {
		expect(isQuizState(state({ a: { value: [-1, 1], at: 5 } }))).toBe(true);
	});

	test('accepts a well-formed state', () => {
		expect(isQuizState(state({ a: { value: [1], first: [0], tries: 2, at: 5 } }, { submitted: 9 }))).toBe(true);
	});
	test.each([
		['no mode', { answers: {} }],
		['an unknown mode', { mode: 'exam', answers: {} }],
		['answers as a list', { mode: 'practice', answers: [] }],
		['an option below -1', { mode: 'practice', answers: { a: { value: [-2], at: 1 } } }],
		['a record without time', { mode: 'practice', answers: { a: { value: [1] } } }],
		['text that is not a string', { mode: 'practice', answers: { a: { value: [], text: 3, at: 1 } } }],
	])('rejects %s', (_, value) => {
		expect(isQuizState(value)).toBe(false);
	});
});

describe('fromVersion1', () => {
	test('converts single-choice answers to first attempts', () => {
		expect(fromVersion1({ a: { option: 2 } })).toEqual(state({ a: { value: [2], first: [2], tries: 1, at: 0 } }));
	});
	test('refuses anything else', () => {
		expect(fromVersion1({ a: { option: 'B' } })).toBeUndefined();
		expect(fromVersion1([1])).toBeUndefined();
	});
});

describe('mergeStates', () => {
	test('keeps answers from both sides, the newest for each question', () => {
		const stored = state({ a: { value: [1], at: 10 }, b: { value: [0], at: 30 } });
		const local = state({ b: { value: [2], at: 20 }, c: { value: [1], at: 25 } });
		expect(mergeStates(stored, local).answers).toEqual({ a: { value: [1], at: 10 }, b: { value: [0], at: 30 }, c: { value: [1], at: 25 } });
	});

	test('answers older than the latest start over are dropped, and the mode follows it', () => {
		const stored = state({}, { mode: 'test', resetAt: 50 });
		const local = state({ a: { value: [1], at: 40 }, b: { value: [1], at: 60 } });
		expect(mergeStates(stored, local)).toEqual({ mode: 'test', answers: { b: { value: [1], at: 60 } }, resetAt: 50, submitted: undefined });
	});

	test('a submission survives, unless a start over came after it', () => {
		expect(mergeStates(state({}, { submitted: 70 }), state({})).submitted).toBe(70);
		expect(mergeStates(state({}, { submitted: 70 }), state({}, { resetAt: 80 })).submitted).toBeUndefined();
	});
});

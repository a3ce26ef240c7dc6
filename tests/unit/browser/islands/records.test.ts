import { atom } from 'nanostores';
import { createEffect, createRoot } from 'solid-js';
import { expect, test } from 'vitest';
import { recordSignals } from '../../../../src/browser/islands/records.ts';
import { useStore } from '../../../../src/browser/islands/use-store.ts';
import type { AnswerRecord, QuizState } from '../../../../src/browser/quiz/state.ts';

// The islands' reactive helpers, tested as solid-primitives tests its own: inside createRoot, with effects counted.
// Effects first run once the root's own code has run, so each test sets up in the root and looks afterwards.

const record = (value: number[]): AnswerRecord => ({ value, at: 1 });

test('each question follows its own record: answering one wakes only that one', () => {
	const $quiz = atom<QuizState>({ mode: 'practice', answers: { one: record([0]), two: record([1]) } });
	const runs = { one: 0, two: 0 };
	const { recordOf, dispose } = createRoot((dispose) => {
		const recordOf = recordSignals($quiz);
		for (const id of ['one', 'two'] as const) createEffect(() => (recordOf(id), runs[id]++));
		return { recordOf, dispose };
	});
	expect(runs).toEqual({ one: 1, two: 1 });
	$quiz.set({ ...$quiz.get(), answers: { ...$quiz.get().answers, one: record([2]) } });
	expect(runs).toEqual({ one: 2, two: 1 });
	expect(recordOf('one')?.value).toEqual([2]);
	dispose();
});

test('a record that appears or goes wakes its question, and after disposal the store is no longer followed', () => {
	const $quiz = atom<QuizState>({ mode: 'practice', answers: {} });
	let seen: AnswerRecord | undefined;
	const dispose = createRoot((dispose) => {
		const recordOf = recordSignals($quiz);
		createEffect(() => (seen = recordOf('one')));
		return dispose;
	});
	$quiz.set({ mode: 'practice', answers: { one: record([3]) } });
	expect(seen?.value).toEqual([3]);
	$quiz.set({ mode: 'practice', answers: {} });
	expect(seen).toBeUndefined();
	dispose();
	$quiz.set({ mode: 'practice', answers: { one: record([4]) } });
	expect(seen).toBeUndefined();
});

test('useStore gives a store as an accessor that follows it, the same value the store holds, never a copy', () => {
	const $mode = atom<{ mode: string }>({ mode: 'practice' });
	const values: string[] = [];
	const { mode, dispose } = createRoot((dispose) => {
		const mode = useStore($mode);
		createEffect(() => values.push(mode().mode));
		return { mode, dispose };
	});
	const next = { mode: 'test' };
	$mode.set(next);
	expect(values).toEqual(['practice', 'test']);
	expect(mode()).toBe(next);
	dispose();
});

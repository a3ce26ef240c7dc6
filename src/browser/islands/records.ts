import { createSignal, onCleanup, type Signal } from 'solid-js';
import type { ReadableAtom } from 'nanostores';
import type { AnswerRecord, QuizState } from '../quiz/state';

/**
 * Each question's stored record as a signal of its own, set only when that record changes. Reading the whole state
 * would wake every question on every answer, so a bank twice as long would answer twice as slowly; with one signal
 * per question, answering one touches that one (and the few summaries that count them all).
 */
export function recordSignals($quiz: ReadableAtom<QuizState>): (id: string) => AnswerRecord | undefined {
	const signals = new Map<string, Signal<AnswerRecord | undefined>>();
	let answers = $quiz.get().answers;
	// Records are replaced, never changed in place, so a new object means a change.
	onCleanup(
		$quiz.listen(({ answers: next }) => {
			for (const id of new Set([...Object.keys(answers), ...Object.keys(next)]))
				if (answers[id] !== next[id]) signals.get(id)?.[1](next[id]);
			answers = next;
		}),
	);
	return (id) => {
		let signal = signals.get(id);
		if (!signal) signals.set(id, (signal = createSignal(answers[id], { equals: false })));
		return signal[0]();
	};
}

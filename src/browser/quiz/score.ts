import type { ScoredQuestion } from '../../core/contract/page-data.ts';

/** Which parts of an answer are right: one flag per option or sentence (set), per row (rows) or per position (order). */
export function partsRight({ kind, key, size }: ScoredQuestion, value: readonly number[]): boolean[] {
	if (kind === 'set') return Array.from({ length: size }, (_, index) => key.includes(index) === value.includes(index));
	return key.map((right, index) => value[index] === right);
}

/** The rows still without a choice (rows), by index; other kinds have none. */
export function emptyRows({ kind, size }: ScoredQuestion, value: readonly number[]): number[] {
	if (kind !== 'rows') return [];
	return Array.from({ length: size }, (_, row) => row).filter((row) => !((value[row] ?? -1) >= 0));
}

/** A whole answer: something chosen, and for rows, a choice in every row. Only a whole answer can be checked or counts as answered. */
export function isComplete(question: ScoredQuestion, value: readonly number[] | undefined): value is number[] {
	return value !== undefined && value.length > 0 && emptyRows(question, value).length === 0;
}

/** Right only when every part is right. An empty or partial answer is wrong; open questions are never "right". */
export function isRight(question: ScoredQuestion, value: readonly number[] | undefined): boolean {
	return question.kind !== 'none' && isComplete(question, value) && partsRight(question, value).every(Boolean);
}

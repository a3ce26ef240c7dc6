import type { Skill } from '../schema/skill.ts';

/**
 * How a question's answer is compared with its key. Every answer is a list of numbers:
 * - `set`: the options or sentences chosen, in any order (single, multiple, highlight); right when it equals the key as a set;
 * - `rows`: the choice picked for each row (match, classify), -1 for a row not answered yet; right when every row has its key choice;
 * - `order`: the items as arranged (order); right when the arrangement is the key;
 * - `none`: not auto-scored (open).
 */
export type ScoringKind = 'set' | 'rows' | 'order' | 'none';

/** What scoring and the results need to know of a question: no options or passages, so it can travel to every island cheaply. */
export interface ScoredQuestion {
	id: string;
	skill: Skill;
	kind: ScoringKind;
	/** set: the right indices; rows: the right choice of each row; order: the right sequence of item indices. */
	key: number[];
	/** How many options, sentences, rows or items the learner works with. */
	size: number;
	/** The start of the prompt, so the results can name the question. */
	title: string;
	/** open: how many checklist points a good answer covers. */
	points?: number;
}

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

import { shuffled, startOrder } from '../../core/shuffle.ts';

/**
 * Versions by seed: `?seed=<word>` shuffles the order of the questions (see questionOrder) and of each question's
 * options, so a teacher can hand out version A and version B. Stored answers keep the bank's numbering, so a seed changes what is shown,
 * never what is scored. Order questions start in another order; highlight, match, classify and open questions are
 * shown as they are.
 */

/**
 * Where a skill sits on the path a bank follows, from literal reading to evaluation: 0, what the text says; 1, who
 * says it and how sure it is; 2, how it is told. A version shuffles the questions within each stage, never across.
 */
export const skillStage = (skill: string) => ('literal vocabulary'.includes(skill) ? 0 : 'framing omission lateral-reading'.includes(skill) ? 2 : 1);

/** What a question's place in a version depends on. */
export interface Orderable {
	skill: string;
	/** How it is scored: `none` is an answer in the learner's own words (an open question). */
	kind: string;
	heldUntil?: string;
}

/**
 * The order to show questions in: shuffled within each stage of the path (a stable sort of one shuffle), a part A
 * and its part B together, A first, and never a written question first, which would open the quiz with its hardest
 * kind of answer.
 */
export function questionOrder(questions: Orderable[], seed: string | null): number[] {
	const all = questions.map((_, index) => index);
	if (!seed) return all;
	const units = all
		.filter((index) => !questions[index - 1]?.heldUntil)
		.map((index) => (questions[index]!.heldUntil ? [index, index + 1] : [index]));
	const first = (unit: number[]) => questions[unit[0]!]!;
	const ordered = shuffled(`${seed}:questions`, units.length)
		.map((index) => units[index]!)
		.sort((a, b) => skillStage(first(a).skill) - skillStage(first(b).skill));
	const firstScored = ordered.findIndex((unit) => first(unit).kind !== 'none');
	if (firstScored > 0) ordered.unshift(...ordered.splice(firstScored, 1));
	return ordered.flat();
}

/** The order to show one question's options in (single and multiple). */
export const optionOrder = (seed: string | null, questionId: string, count: number) =>
	seed ? shuffled(`${seed}:${questionId}`, count) : Array.from({ length: count }, (_, index) => index);

/** The arrangement an order question starts in, before the learner moves anything: never the answer. */
export const startArrangement = (seed: string | null, questionId: string, key: number[]) =>
	seed ? startOrder(`${seed}:${questionId}`, key.length, key) : key.map((_, index) => index);

import { shuffled, startOrder } from '../../core/shuffle.ts';

/**
 * Versions by seed: `?seed=<word>` shuffles the order of the questions and of each question's options, so a teacher
 * can hand out version A and version B. Stored answers keep the bank's numbering, so a seed changes what is shown,
 * never what is scored. Order questions start in another order; highlight, match, classify and open questions are
 * shown as they are.
 */

/** The order to show questions in: a part A and its part B stay together, A first. */
export function questionOrder(questions: { heldUntil?: string }[], seed: string | null): number[] {
	const all = questions.map((_, index) => index);
	if (!seed) return all;
	const units = all
		.filter((index) => !questions[index - 1]?.heldUntil)
		.map((index) => (questions[index]!.heldUntil ? [index, index + 1] : [index]));
	return shuffled(`${seed}:questions`, units.length).flatMap((unit) => units[unit]!);
}

/** The order to show one question's options in (single and multiple). */
export const optionOrder = (seed: string | null, questionId: string, count: number) =>
	seed ? shuffled(`${seed}:${questionId}`, count) : Array.from({ length: count }, (_, index) => index);

/** The arrangement an order question starts in, before the learner moves anything: never the answer. */
export const startArrangement = (seed: string | null, questionId: string, key: number[]) =>
	seed ? startOrder(`${seed}:${questionId}`, key.length, key) : key.map((_, index) => index);

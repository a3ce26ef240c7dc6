/** A checked answer to a single-choice question: the index of the option picked, in the author's order. */
export interface SingleAnswer {
	option: number;
}

/** A learner's checked answers to one article's questions, by question id. */
export type Answers = Record<string, SingleAnswer>;

/** True when `value` has the shape of `Answers`; stored data is checked with it before use. */
export function isAnswers(value: unknown): value is Answers {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	return Object.values(value).every(
		(answer) =>
			typeof answer === 'object' && answer !== null && Number.isInteger((answer as SingleAnswer).option) && (answer as SingleAnswer).option >= 0,
	);
}

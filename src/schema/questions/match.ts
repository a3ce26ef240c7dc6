import { z } from 'zod';
import { questionBaseSchema } from './base.ts';
import { checkRows, rowChoicesSchema } from './rows.ts';

/** One item to pair with a choice. */
const pairSchema = z.strictObject({
	/** What the learner places, for example a quote. */
	item: z.string().trim().min(1),
	/** Its right choice: one of the question's `choices`, written the same way. */
	match: z.string().trim().min(1),
	/** Said after answering: why this pairing is right. */
	feedback: z.string().trim().min(1).optional(),
});

/** Pair each item with one choice, for example a quote with its speaker. */
export const matchQuestionSchema = questionBaseSchema
	.extend({
		type: z.literal('match'),
		/** What each item can be paired with, in the order learners see them. Choices may be used more than once. */
		choices: rowChoicesSchema('choices'),
		/** The items, 2 to 8, in the order learners see them. */
		pairs: z.array(pairSchema).min(2, 'needs 2 to 8 pairs').max(8, 'needs 2 to 8 pairs'),
	})
	.superRefine((question, context) =>
		checkRows(
			context,
			{ choices: 'choices', rows: 'pairs', row: 'item', answer: 'match' },
			question.choices,
			question.pairs.map((pair) => ({ row: pair.item, answer: pair.match })),
		),
	);

export type MatchQuestion = z.output<typeof matchQuestionSchema>;

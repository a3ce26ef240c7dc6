import { z } from 'zod';
import { questionBaseSchema } from './base.ts';
import { checkRows, rowChoicesSchema } from './rows.ts';

/** One item to pair with a choice. */
const pairSchema = z.strictObject({
	item: z.string().trim().min(1).meta({ description: 'What the learner places, for example a quote.' }),
	match: z.string().trim().min(1).meta({ description: "Its right choice: one of the question's `choices`, written the same way." }),
	feedback: z.string().trim().min(1).optional().meta({ description: 'Said after answering: why this pairing is right.' }),
});

/** Pair each item with one choice, for example a quote with its speaker. */
export const matchQuestionSchema = questionBaseSchema
	.extend({
		type: z.literal('match'),
		choices: rowChoicesSchema('choices').meta({
			description: 'What each item can be paired with, in the order learners see them. Choices may be used more than once.',
		}),
		pairs: z
			.array(pairSchema)
			.min(2, 'needs 2 to 8 pairs')
			.max(8, 'needs 2 to 8 pairs')
			.meta({ description: 'The items, 2 to 8, in the order learners see them.' }),
	})
	.superRefine((question, context) =>
		checkRows(
			context,
			{ choices: 'choices', rows: 'pairs', row: 'item', answer: 'match' },
			question.choices,
			question.pairs.map((pair) => ({ row: pair.item, answer: pair.match })),
		),
	);

import { z } from 'zod';
import { questionBaseSchema } from './base.ts';
import { checkRows, rowChoicesSchema } from './rows.ts';

/** One statement to put in a category. */
const statementSchema = z.strictObject({
	/** The statement, quoted or paraphrased. */
	text: z.string().trim().min(1),
	/** Its right category: one of the question's `categories`, written the same way. */
	category: z.string().trim().min(1),
	/** Said after answering: why it belongs there. */
	feedback: z.string().trim().min(1).optional(),
});

/** Put each statement in one category, for example fact / attributed claim / opinion / loaded language. */
export const classifyQuestionSchema = questionBaseSchema
	.extend({
		type: z.literal('classify'),
		/** The categories, in the order learners see them. */
		categories: rowChoicesSchema('categories'),
		/** The statements, 2 to 8, in the order learners see them. */
		statements: z.array(statementSchema).min(2, 'needs 2 to 8 statements').max(8, 'needs 2 to 8 statements'),
	})
	.superRefine((question, context) =>
		checkRows(
			context,
			{ choices: 'categories', rows: 'statements', row: 'text', answer: 'category' },
			question.categories,
			question.statements.map((statement) => ({ row: statement.text, answer: statement.category })),
		),
	);

export type ClassifyQuestion = z.output<typeof classifyQuestionSchema>;

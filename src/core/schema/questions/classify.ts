import { z } from 'zod';
import { questionBaseSchema } from './base.ts';
import { checkRows, rowChoicesSchema } from './rows.ts';

/** One statement to put in a category. */
const statementSchema = z.strictObject({
	text: z.string().trim().min(1).meta({ description: 'The statement, quoted or paraphrased.' }),
	category: z.string().trim().min(1).meta({ description: "Its right category: one of the question's `categories`, written the same way." }),
	feedback: z.string().trim().min(1).optional().meta({ description: 'Said after answering: why it belongs there.' }),
});

/** Put each statement in one category, for example fact / attributed claim / opinion / loaded language. */
export const classifyQuestionSchema = questionBaseSchema
	.extend({
		type: z.literal('classify'),
		categories: rowChoicesSchema('categories').meta({ description: 'The categories, in the order learners see them.' }),
		statements: z
			.array(statementSchema)
			.min(2, 'needs 2 to 8 statements')
			.max(8, 'needs 2 to 8 statements')
			.meta({ description: 'The statements, 2 to 8, in the order learners see them.' }),
	})
	.superRefine((question, context) =>
		checkRows(
			context,
			{ choices: 'categories', rows: 'statements', row: 'text', answer: 'category' },
			question.categories,
			question.statements.map((statement) => ({ row: statement.text, answer: statement.category })),
		),
	);

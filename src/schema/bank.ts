import { z } from 'zod';
import { questionSchema } from './question.ts';

/** A question bank: `content/questions/<article-id>.yaml`. */
export const bankSchema = z
	.strictObject({
		/** The id of the article the questions are about: the name of its file in `content/articles/`, without `.md`. */
		article: z.string().min(1),
		/** The questions, in the order learners meet them. */
		questions: z.array(questionSchema).min(1, 'needs at least one question'),
	})
	.superRefine((bank, context) => {
		const seen = new Map<string, number>();
		bank.questions.forEach((question, index) => {
			const first = seen.get(question.id);
			if (first === undefined) seen.set(question.id, index);
			else
				context.addIssue({
					code: 'custom',
					path: ['questions', index, 'id'],
					message: `"${question.id}" is already the id of questions[${first}]`,
				});
		});
	});

export type Bank = z.output<typeof bankSchema>;

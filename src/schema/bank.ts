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
	.superRefine(
		(bank, context) => {
			// This also runs when questions have other problems (see `when`), so it reads ids from unchecked input.
			const questions: unknown = bank.questions;
			if (!Array.isArray(questions)) return;
			const seen = new Map<unknown, number>();
			questions.forEach((question: { id?: unknown } | null, index) => {
				const id = question?.id;
				if (typeof id !== 'string') return;
				const first = seen.get(id);
				if (first === undefined) seen.set(id, index);
				else
					context.addIssue({
						code: 'custom',
						path: ['questions', index, 'id'],
						message: `"${id}" is already the id of questions[${first}]`,
					});
			});
		},
		{ when: () => true },
	);

export type Bank = z.output<typeof bankSchema>;

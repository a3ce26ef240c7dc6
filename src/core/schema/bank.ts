import { z } from 'zod';
import { questionSchema } from './question.ts';

/** Said when `article:` is missing or empty, as in a new draft: what to write there, not only what type it takes. */
const articleName = "must name the article's file, without .md, such as council-vote (in the studio, the article's file name)";

/** A question bank: `content/questions/<article-id>.yaml`. */
export const bankSchema = z
	.strictObject({
		article: z
			.string({ error: articleName })
			.min(1, articleName)
			.meta({ description: 'The id of the article the questions are about: the name of its file in `content/articles/`, without `.md`.' }),
		language: z
			.string()
			.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language tag such as "en"')
			.optional()
			.meta({ description: "The questions' language, as a BCP 47 tag such as `ru`, if it is not the article's." }),
		passingScore: z
			.number()
			.int()
			.min(0)
			.max(100)
			.optional()
			.meta({ description: 'The share of the scored questions, in percent, that passes in an LMS course (60 if not given).' }),
		questions: z
			.array(questionSchema)
			.min(1, 'needs at least one question')
			.meta({ description: 'The questions, in the order learners meet them.' }),
	})
	.superRefine(
		(bank, context) => {
			// This also runs when questions have other problems (see `when`), so it reads ids from unchecked input.
			const questions: unknown = bank.questions;
			if (!Array.isArray(questions)) return;
			const seen = new Map<unknown, number>();
			questions.forEach((question: { id?: unknown; supports?: unknown } | null, index) => {
				const before = (questions[index - 1] as { id?: unknown } | null)?.id;
				if (question?.supports !== undefined && question.supports !== before) {
					context.addIssue({
						code: 'custom',
						path: ['questions', index, 'supports'],
						message: `must be the id of the question right before this one (${typeof before === 'string' ? `"${before}"` : 'none'}), its part A`,
					});
				}
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

import { z } from 'zod';
import { questionBaseSchema } from './base.ts';
import { reportRepeats } from './unique.ts';

/** One answer of a choice question. */
export const optionSchema = z.strictObject({
	text: z.string().trim().min(1).meta({ description: 'What the learner reads and picks.' }),
	correct: z.literal(true).optional().meta({ description: 'Marks a right answer. Leave it out on the others.' }),
	feedback: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta({ description: 'Shown after answering: why this option is right, or what mistake it reflects.' }),
});

/** 3 to 5 options (6 for `multiple`), none repeated. Checked on the options alone, so it runs even when other fields are wrong. */
const optionsSchema = (max: number) =>
	z
		.array(optionSchema)
		.min(3, `needs 3 to ${max} options`)
		.max(max, `needs 3 to ${max} options`)
		.superRefine((options, context) =>
			reportRepeats(
				options.map((option) => option.text),
				context,
				'options',
				(index) => [index, 'text'],
			),
		);

const countCorrect = (options: z.output<typeof optionSchema>[]) => options.filter((option) => option.correct).length;

/** One correct option among 3 to 5. */
export const singleQuestionSchema = questionBaseSchema.extend({
	type: z.literal('single'),
	options: optionsSchema(5)
		.superRefine((options, context) => {
			const correct = countCorrect(options);
			if (correct !== 1) context.addIssue({ code: 'custom', message: `needs exactly one option marked "correct: true", found ${correct}` });
		})
		.meta({ description: 'The answers, in the order learners see them. Mark the right one with `correct: true`.' }),
});

/** Choose all that apply: right only when every right option and no wrong one is chosen. */
export const multipleQuestionSchema = questionBaseSchema
	.extend({
		type: z.literal('multiple'),
		options: optionsSchema(6)
			.superRefine((options, context) => {
				const correct = countCorrect(options);
				if (correct < 1 || correct === options.length) {
					context.addIssue({
						code: 'custom',
						message: `needs at least one option marked "correct: true" and at least one without, found ${correct} of ${options.length}`,
					});
				}
			})
			.meta({ description: 'The answers, in the order learners see them. Mark every right one with `correct: true`.' }),
	})
	.meta({
		description:
			"Learners choose every right option; the prompt says how many, or to choose all that apply (checked with the rubric, in the bank's language).",
	});

export type Option = z.output<typeof optionSchema>;

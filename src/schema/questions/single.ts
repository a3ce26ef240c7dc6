import { z } from 'zod';
import { questionBaseSchema } from './base.ts';

/** One answer of a choice question. */
export const optionSchema = z.strictObject({
	/** What the learner reads and picks. */
	text: z.string().trim().min(1),
	/** Marks the right answer. Leave it out on the others. */
	correct: z.literal(true).optional(),
	/** Shown when the learner picks this option: why it is right, or what mistake it reflects. */
	feedback: z.string().trim().min(1).optional(),
});

/** Exactly one option is right, and no two read the same. Checked on the options alone, so it runs even when other fields of the question are wrong. */
const optionsSchema = z
	.array(optionSchema)
	.min(3, 'needs 3 to 5 options')
	.max(5, 'needs 3 to 5 options')
	.superRefine((options, context) => {
		const correct = options.filter((option) => option.correct).length;
		if (correct !== 1) {
			context.addIssue({ code: 'custom', message: `needs exactly one option marked "correct: true", found ${correct}` });
		}
		const seen = new Map<string, number>();
		options.forEach((option, index) => {
			const key = option.text.toLowerCase();
			const first = seen.get(key);
			if (first === undefined) seen.set(key, index);
			else context.addIssue({ code: 'custom', path: [index, 'text'], message: `repeats options[${first}]` });
		});
	});

/** One correct option among 3 to 5. */
export const singleQuestionSchema = questionBaseSchema.extend({
	type: z.literal('single'),
	/** The answers, in the order learners see them. Mark the right one with `correct: true`. */
	options: optionsSchema,
});

export type Option = z.output<typeof optionSchema>;
export type SingleQuestion = z.output<typeof singleQuestionSchema>;

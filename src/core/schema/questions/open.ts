import { z } from 'zod';
import { questionBaseSchema } from './base.ts';

/** A short written answer, citing at least one paragraph, then checked by the learner against a model answer. Never auto-scored. */
export const openQuestionSchema = questionBaseSchema.extend({
	type: z.literal('open'),
	model: z.string().trim().min(1).meta({ description: 'A good answer, shown once the learner has written theirs.' }),
	checklist: z
		.array(z.string().trim().min(1))
		.min(2, 'needs 2 to 6 points')
		.max(6, 'needs 2 to 6 points')
		.meta({ description: 'The points a good answer covers, 2 to 6; the learner ticks the ones they covered.' }),
});

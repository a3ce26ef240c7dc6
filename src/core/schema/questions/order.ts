import { z } from 'zod';
import { questionBaseSchema } from './base.ts';
import { reportRepeats } from './unique.ts';

/** Put 3 to 6 items in order. The quiz shows them shuffled, always starting out of order. */
export const orderQuestionSchema = questionBaseSchema.extend({
	type: z.literal('order'),
	items: z
		.array(z.string().trim().min(1))
		.min(3, 'needs 3 to 6 items')
		.max(6, 'needs 3 to 6 items')
		.superRefine((items, context) => reportRepeats(items, context, 'items', (index) => [index]))
		.meta({ description: 'The items in their correct order.' }),
});

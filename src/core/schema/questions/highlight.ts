import { z } from 'zod';
import { passageRefSchema } from '../evidence.ts';
import { questionBaseSchema } from './base.ts';

/**
 * Select the sentence(s) of the article that show something. The key is the evidence: every sentence that
 * holds an evidence quote is right. The sentences to choose from are those of the passages in `from`, or, without it,
 * of the passages the evidence names.
 */
export const highlightQuestionSchema = questionBaseSchema.extend({
	type: z.literal('highlight'),
	from: z.array(passageRefSchema).min(1, 'needs at least one passage').optional().meta({
		description: 'The passages whose sentences are offered, such as `[5, 6, 7, 8]`. They must include every passage the evidence quotes.',
	}),
	wrongFeedback: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta({ description: 'Said after answering, about any wrong sentence chosen: what it shows instead.' }),
});

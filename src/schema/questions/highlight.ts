import { z } from 'zod';
import { questionBaseSchema } from './base.ts';

/**
 * Select the sentence(s) of the article that show something. The key is the evidence: every sentence that
 * holds an evidence quote is right, and the sentences to choose from are all those of the passages it names.
 */
export const highlightQuestionSchema = questionBaseSchema.extend({
	type: z.literal('highlight'),
	/** Said after answering, about any wrong sentence chosen: what it shows instead. */
	wrongFeedback: z.string().trim().min(1).optional(),
});

export type HighlightQuestion = z.output<typeof highlightQuestionSchema>;

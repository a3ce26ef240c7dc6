import { z } from 'zod';

/**
 * Where a passage sits in the article, written as the reader sees it:
 * `headline`, `standfirst`, or the number of a body paragraph.
 */
export const passageRefSchema = z.union([z.literal('headline'), z.literal('standfirst'), z.int().positive()], {
	error: 'must be "headline", "standfirst" or a paragraph number',
});

/** Words of the article that answer a question, found the way a text-quote selector finds them. */
export const evidenceSchema = z.strictObject({
	passage: passageRefSchema.meta({ description: 'The passage the quote is in.' }),
	quote: z.string().trim().min(1).meta({
		description:
			'Words copied from that passage. They must occur exactly once there, starting and ending on word boundaries; curly and straight quotes match each other, and runs of spaces count as one.',
	}),
});

export type PassageRef = z.output<typeof passageRefSchema>;
export type Evidence = z.output<typeof evidenceSchema>;

import { z } from 'zod';

/** A calendar date written `YYYY-MM-DD`. YAML may hand it over as a Date at UTC midnight; both become the same string. */
const dateError = 'must be a date written YYYY-MM-DD';
const calendarDate = z
	.union([z.iso.date({ error: dateError }), z.date()], { error: dateError })
	.transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)));

/** Short notes with headings, shown in a panel the reader opens. */
const notesSchema = z
	.array(
		z.strictObject({
			/** The note's heading. */
			heading: z.string().trim().min(1),
			/** The note itself: paragraphs separated by blank lines. */
			text: z.string().trim().min(1),
		}),
	)
	.min(1, 'needs at least one note');

/** The frontmatter of `content/articles/<article-id>.md`. The body below it is the article's paragraphs, one per blank-line-separated block. */
export const articleSchema = z.strictObject({
	/** The headline, exactly as published. */
	title: z.string().trim().min(1),
	/** The standfirst (the summary under the headline), exactly as published. */
	standfirst: z.string().trim().min(1),
	/** Who published the article, shown in the source line. */
	publisher: z.string().trim().min(1),
	/** The day of publication, as a calendar date: it reads the same in every time zone. */
	published: calendarDate,
	/** The article's language, as a BCP 47 tag such as `en`. */
	language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language tag such as "en"'),
	/** The address of the original publication, linked from the source line. */
	source: z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' }),
	/** Optional background for readers new to the subject, shown collapsed before the article. Plain text; keep it neutral. */
	background: notesSchema.optional(),
	/** Optional notes on the source for the "About this source" panel, which learners open on demand. Plain text. Closed during a test. */
	about: notesSchema.optional(),
});

export type Article = z.output<typeof articleSchema>;

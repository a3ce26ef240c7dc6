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
			heading: z.string().trim().min(1).meta({ description: "The note's heading." }),
			text: z.string().trim().min(1).meta({ description: 'The note itself: paragraphs separated by blank lines.' }),
		}),
	)
	.min(1, 'needs at least one note');

/** The frontmatter of `content/articles/<article-id>.md`. The body below it is the article's paragraphs, one per blank-line-separated block. */
export const articleSchema = z.strictObject({
	title: z.string().trim().min(1).meta({ description: 'The headline, exactly as published.' }),
	standfirst: z.string().trim().min(1).meta({ description: 'The standfirst (the summary under the headline), exactly as published.' }),
	publisher: z.string().trim().min(1).meta({ description: 'Who published the article, shown in the source line.' }),
	published: calendarDate.meta({ description: 'The day of publication, as a calendar date: it reads the same in every time zone.' }),
	language: z
		.string()
		.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language tag such as "en"')
		.meta({ description: "The article's language, as a BCP 47 tag such as `en`." }),
	source: z
		.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' })
		.meta({ description: 'The address of the original publication, linked from the source line.' }),
	background: notesSchema.optional().meta({
		description: 'Optional background for readers new to the subject, shown collapsed before the article. Plain text; keep it neutral.',
	}),
	about: notesSchema.optional().meta({
		description:
			'Optional notes on the source for the "About this source" panel, which learners open on demand. Plain text. Closed during a test.',
	}),
});

export type Article = z.output<typeof articleSchema>;

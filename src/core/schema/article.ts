import { z } from 'zod';
import { skillSchema } from './skill.ts';

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

const line = (description: string) => z.string().trim().min(1).max(400).meta({ description });

/** The teacher's page of an article: how to teach with it. Plain text throughout. */
const lessonSchema = z.strictObject({
	readingLevel: line('Who the text suits and what makes it hard, in a sentence or two.'),
	timing: z
		.array(
			z.strictObject({
				minutes: z.number().int().positive().max(120).meta({ description: 'How long the step takes.' }),
				activity: line('What the class does in this step.'),
			}),
		)
		.min(1, 'needs at least one step')
		.meta({ description: 'A suggested lesson, step by step; the page adds up the minutes.' }),
	objectives: z
		.array(
			z.strictObject({
				skill: skillSchema.meta({ description: 'The skill, one the bank trains.' }),
				text: line('What a learner can show at the end, starting with a verb.'),
			}),
		)
		.min(1, 'needs at least one objective')
		.meta({ description: 'One learning objective per skill the questions train.' }),
	discussion: z
		.array(line('An open question for the class, answerable from the article.'))
		.min(3, 'needs 3 to 5 prompts')
		.max(5, 'needs 3 to 5 prompts'),
	lateralReading: z
		.array(
			z.strictObject({
				look: line('What to look up.'),
				where: line('Where to look it up.'),
			}),
		)
		.min(1, 'needs at least one step')
		.meta({ description: 'The lateral-reading extension: what to check outside the article, and where.' }),
});

/** The frontmatter of `content/articles/<article-id>.md`. The body below it is the article's paragraphs, one per blank-line-separated block. */
export const articleSchema = z.strictObject({
	title: z.string().trim().min(1).meta({ description: 'The headline, exactly as published.' }),
	standfirst: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta({ description: 'The standfirst (the summary under the headline), exactly as published; leave it out if the article has none.' }),
	dateline: z.string().trim().min(1).optional().meta({
		description:
			'The exact words that begin paragraph 1 as a dateline, such as "MOSCOW, June 27. /TASS/.": they stay inside its first sentence.',
	}),
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
	lesson: lessonSchema.optional().meta({ description: "Optional notes for teachers, shown on the article's teacher's page." }),
});

export type Article = z.output<typeof articleSchema>;

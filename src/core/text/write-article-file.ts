import { stringify } from 'yaml';
import { parseArticleFile } from './article-file.ts';

/** The article fields a form edits, in the order an article file gives them; the rest of its frontmatter is kept as it is. */
export const articleFields = ['title', 'standfirst', 'dateline', 'publisher', 'published', 'language', 'source'] as const;
export type ArticleFields = Record<(typeof articleFields)[number], string>;

/** An article file as a form holds it: its fields, any other frontmatter (notes, a lesson), and its text. */
export interface ArticleDraft {
	fields: ArticleFields;
	/** Frontmatter the form does not edit, such as `background` or `lesson`, written back unchanged. */
	rest: Record<string, unknown>;
	body: string;
}

/**
 * The text of an article file from a draft: the fields as frontmatter (an empty one left out, so the check names it
 * as missing rather than as empty), then the rest of the frontmatter, then the article's text.
 */
export function writeArticleFile({ fields, rest, body }: ArticleDraft): string {
	const frontmatter: Record<string, unknown> = {};
	for (const name of articleFields) if (fields[name].trim()) frontmatter[name] = fields[name].trim();
	Object.assign(frontmatter, rest);
	return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}

/** A draft from an article file's text: what `writeArticleFile` writes, read back, and any hand-written file too. */
export function readArticleFile(text: string): ArticleDraft {
	const { frontmatter, body } = parseArticleFile(text, '');
	const data = (frontmatter.data && typeof frontmatter.data === 'object' ? frontmatter.data : {}) as Record<string, unknown>;
	const fields = Object.fromEntries(articleFields.map((name) => [name, asText(data[name])])) as ArticleFields;
	const rest = Object.fromEntries(Object.entries(data).filter(([name]) => !(articleFields as readonly string[]).includes(name)));
	return { fields, rest, body: body.trim() };
}

/** A frontmatter value as the form shows it: a date YAML read as a Date goes back to YYYY-MM-DD. */
const asText = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value === undefined || value === null ? '' : String(value));

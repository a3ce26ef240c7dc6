import type { Root } from 'hast';
import type { PageData } from '../contract/page-data.ts';
import type { ArticlePage } from '../page-model/article-pages.ts';
import { articleTree } from './article.ts';
import { worksheetTree } from './worksheet.ts';

/** The islands' data for an article's page, with the address of its teaching module (or, in a preview, the teaching). */
export const pageDataOf = (
	{ id, article, language, bankRevision, passingScore, questions, skills }: ArticlePage,
	teaching: { url: string } | { inline: ArticlePage['teaching'] },
): PageData => ({
	articleId: id,
	title: article.title,
	language,
	bankRevision,
	passingScore,
	questions,
	skills,
	...('url' in teaching ? { teachingUrl: teaching.url } : { teachingUrl: '', teaching: teaching.inline }),
});

/** What a page template (an article page with its article left out) is filled with, for one article. */
export interface PageFill {
	title: string;
	description: string;
	/** How many questions, as the header and the quiz say it. */
	count: string;
	data: PageData;
	article: Root;
	worksheet: Root;
}

/**
 * How the studio's preview and packages fill the article page's template (src/pages/studio/template/) for a draft:
 * with the same renderers, data and words the site's own article pages are built from.
 */
export function pageFill(page: ArticlePage, teaching: Parameters<typeof pageDataOf>[1]): PageFill {
	const { article, passages, citedBy, questions, language, locale, count } = page;
	return {
		title: `${article.title} · Underline`,
		description: article.standfirst ?? article.title,
		count,
		data: pageDataOf(page, teaching),
		article: articleTree({ article, passages, citedBy, locale }),
		worksheet: worksheetTree({ questions, passages, language, locale, fallbackNote: true }),
	};
}

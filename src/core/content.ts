import { checkContent, type ContentCheck } from './check/check-content.ts';
import type { ContentFile } from './check/content-file.ts';
import { articlePages, type ArticlePage } from './page-model/article-pages.ts';

export interface ContentResult extends ContentCheck {
	/** Each article's page model: empty while there are problems, since nothing broken is ever built. */
	pages: ArticlePage[];
}

/**
 * The one way content becomes pages: the texts of articles and banks in; every problem and warning out, each naming
 * its file, line, question and field; and, once there are no problems, every article's page model. Reading the files
 * is the caller's: the command line and the build read them from disk, the studio from its editor.
 */
export function buildContent(articles: ContentFile[], banks: ContentFile[]): ContentResult {
	const check = checkContent(articles, banks);
	return { ...check, pages: check.problems.length ? [] : articlePages(check) };
}

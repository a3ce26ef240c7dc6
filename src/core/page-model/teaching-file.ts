import { sha256Hex } from '../hash.ts';
import type { ArticlePage } from './article-pages.ts';

/**
 * The file name (without `.js`) of the module of what a page's questions teach, with a hash of its content so a changed
 * bank is never served stale. Worked out where a file is written, not with the page model: hashing a 10,000-question
 * bank's teaching took 290 ms of the 460 ms its page model took, and `npm run validate` writes no file.
 */
export function teachingFile({ teaching }: Pick<ArticlePage, 'teaching'>): string {
	// The page, its teaching module and its package each name the file, so each page's teaching is hashed once.
	let name = names.get(teaching);
	if (name === undefined) names.set(teaching, (name = `teaching-${sha256Hex(JSON.stringify(teaching)).slice(0, 10)}`));
	return name;
}

const names = new WeakMap<ArticlePage['teaching'], string>();

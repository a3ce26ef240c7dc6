import { sha256Hex } from '../hash.ts';
import type { ArticlePage } from './article-pages.ts';

/**
 * The file name (without `.js`) of the module of what a page's questions teach, with a hash of its content so a changed
 * bank is never served stale. Worked out where a file is written, not with the page model: hashing a 10,000-question
 * bank's teaching took 290 ms of the 460 ms its page model took, and `npm run validate` writes no file.
 */
export const teachingFile = ({ teaching }: Pick<ArticlePage, 'teaching'>): string =>
	`teaching-${sha256Hex(JSON.stringify(teaching)).slice(0, 10)}`;

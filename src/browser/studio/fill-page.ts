import { toDom } from 'hast-util-to-dom';
import type { PageFill } from '../../core/render/page-fill';
import { find, findAll } from '../shared/hooks';

/**
 * Fills an article page's template (the studio's preview, or a package's page parsed from the template) for one
 * article: its title, count, the islands' data, and the article and worksheet, drawn from their trees. Everything goes
 * in as text, attributes or nodes: nothing is parsed as markup.
 */
export function fillPage(page: Document, fill: PageFill): void {
	page.title = fill.title;
	page.querySelector('meta[name="description"]')?.setAttribute('content', fill.description);
	for (const place of findAll(HOOK.fill, 'count', page)) place.replaceWith(fill.count);
	for (const [name, tree] of [['article', fill.article], ['worksheet', fill.worksheet]] as const)
		for (const place of findAll(HOOK.fill, name, page)) place.replaceWith(toDom(tree, { fragment: true, document: page }));
	find(HOOK.quiz, undefined, page)?.setAttribute(HOOK.quiz, JSON.stringify(fill.data));
}

import { toDom } from 'hast-util-to-dom';
import type { CheckedArticle } from '../../core/check/check-content';
import { articleTree } from '../../core/render/article';

/**
 * The article as learners will see it, drawn by the renderer the site's pages are built with. Loaded once the draft's
 * article first has no problems: until then there is nothing to draw, and a new draft's studio loads less.
 */
export const articleFragment = ({ article, passages }: CheckedArticle) => toDom(articleTree({ article, passages, citedBy: {} }), { fragment: true });

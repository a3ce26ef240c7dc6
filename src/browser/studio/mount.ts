import { createComponent, render } from 'solid-js/web';
import { find } from '../shared/hooks';
import Studio, { type SiteArticle } from './Studio';

// The studio page's one script: the studio is one island, mounted in place of what the page shows without JavaScript.
const element = find(HOOK.island)!;
const articles = JSON.parse(element.getAttribute(HOOK.siteArticles) ?? '[]') as SiteArticle[];
element.replaceChildren();
render(() => createComponent(Studio, { articles }), element);
element.setAttribute(HOOK.mounted, '');
// When the studio can be used: what `npm run bench` times.
performance.mark('underline:interactive');

import type { Loader } from 'astro/loaders';
import { failOnProblems } from '../integration.ts';
import { checkContentOnce, checkedRoots } from './checked-content.ts';

/**
 * The `articles` collection: one entry per article, holding its whole page model. It takes the content the build
 * integration has already checked, so nothing is parsed or validated a second time, and it needs no schema of its own.
 */
export function articlePagesLoader(): Loader {
	return {
		name: 'underline-article-pages',
		load: async ({ store }) => {
			const check = checkContentOnce(checkedRoots());
			failOnProblems(check);
			store.clear();
			for (const page of check.pages) store.set({ id: page.id, data: { ...page } });
		},
	};
}

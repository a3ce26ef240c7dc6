import type { Plugin } from 'vite';

const preloadHelper = '\0vite/preload-helper.js';

/**
 * Vite wraps every dynamic `import()` in a helper that first preloads the chunk's CSS and the chunks it imports, and
 * lists those files in each chunk that loads code on demand: together about 1 KB gzip on the article page. What our
 * pages load on demand (the questions, results, progress files, the CSV) has no CSS, and what it imports is already
 * loaded, so the helper here just calls the import, and the lists go.
 */
export function plainDynamicImports(): Plugin[] {
	return [
		{
			name: 'underline:plain-dynamic-imports',
			enforce: 'pre',
			resolveId: (id) => (id === preloadHelper ? id : undefined),
			load: (id) => (id === preloadHelper ? 'export const __vitePreload = (load) => load();' : undefined),
		},
		{
			name: 'underline:no-preload-lists',
			generateBundle: {
				order: 'post',
				handler(_options, bundle) {
					for (const chunk of Object.values(bundle)) {
						if (chunk.type !== 'chunk' || !chunk.code.includes('__vite__mapDeps')) continue;
						chunk.code = chunk.code.replace(/^const __vite__mapDeps=.*\n/, '').replace(/,__vite__mapDeps\(\[[\d,]*\]\)/g, '');
					}
				},
			},
		},
	];
}

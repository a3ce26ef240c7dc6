import type { Plugin } from 'vite';

const preloadHelper = '\0vite/preload-helper.js';

/**
 * Vite wraps every dynamic `import()` in a helper that first preloads the chunk's CSS and the chunks it imports, which
 * costs about 1 KB gzip on the article page. What the page loads on demand (results, progress files) has no CSS, and
 * what it imports is already in the page's script, so the helper here just calls the import.
 */
export function plainDynamicImports(): Plugin {
	return {
		name: 'underline:plain-dynamic-imports',
		enforce: 'pre',
		resolveId: (id) => (id === preloadHelper ? id : undefined),
		load: (id) => (id === preloadHelper ? 'export const __vitePreload = (load) => load();' : undefined),
	};
}

import type { Plugin } from 'vite';

/** The style layers, weakest first (src/styles/global.css says what each holds). */
export const styleLayers = ['tokens', 'base', 'components', 'states'];

/**
 * Cascade layers rank in the order a page first names them, and the build puts a page's stylesheets in an order of
 * its own, so any of them may come first: every stylesheet opens by naming all of them in order (one whose rules
 * arrive by @import, such as src/browser/islands/islands.css, included).
 */
export function layerOrder(): Plugin {
	const statement = `@layer ${styleLayers.join(', ')};\n`;
	return {
		name: 'underline:layer-order',
		enforce: 'pre',
		transform: (code, id) => (/\.css($|\?)/.test(id) ? statement + code : undefined),
	};
}

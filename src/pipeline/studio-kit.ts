import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '../core/messages/locales.ts';
import { scriptsOf } from './package/scorm-package.ts';

/**
 * What the studio makes packages from, in the browser: for each interface language, the article page's template
 * (src/pages/studio/template/) and every file it loads, as a module (`studio/kit-<locale>.js`). A module, because the
 * page's content security policy lets the site's scripts in but forbids fetching anything; the studio imports it
 * only when asked for a package.
 */
export function studioKit(): AstroIntegration {
	return {
		name: 'underline:studio-kit',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const dist = fileURLToPath(dir);
				for (const locale of locales) {
					const html = readFileSync(join(dist, 'studio/template', locale, 'index.html'), 'utf8');
					const files: Record<string, string> = { 'favicon.svg': readFileSync(join(dist, 'favicon.svg'), 'utf8') };
					for (const name of scriptsOf(html, join(dist, '_astro'))) files[`_astro/${name}`] = readFileSync(join(dist, '_astro', name), 'utf8');
					// JSON is valid JavaScript, and JSON.stringify escapes every quote and backslash in the files it carries.
					writeFileSync(join(dist, 'studio', `kit-${locale}.js`), `export default ${JSON.stringify({ html, files })};\n`);
				}
			},
		},
	};
}

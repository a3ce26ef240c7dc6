import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import solid from 'vite-plugin-solid';
import { locales } from '../core/messages/locales.ts';
import { hookConstants } from './hook-constants.ts';
import { scriptsOf } from './package/scorm-package.ts';

/**
 * What the studio makes packages from, in the browser: for each interface language, the article page's template
 * (src/pages/studio/template/) and every file it loads; and the same islands as one script with nothing to load on
 * demand, for the page the studio saves as a single file. Written as a module (`studio/kit-<locale>.js`), because
 * the page's content security policy lets the site's scripts in but forbids fetching anything; the studio imports
 * it only when asked for a package.
 */
export function studioKit(): AstroIntegration {
	return {
		name: 'underline:studio-kit',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const dist = fileURLToPath(dir);
				const standalone = await standaloneScript();
				for (const locale of locales) {
					const html = readFileSync(join(dist, 'studio/template', locale, 'index.html'), 'utf8');
					const files: Record<string, string> = { 'favicon.svg': readFileSync(join(dist, 'favicon.svg'), 'utf8') };
					for (const name of scriptsOf(html, join(dist, '_astro'))) files[`_astro/${name}`] = readFileSync(join(dist, '_astro', name), 'utf8');
					// JSON is valid JavaScript, and JSON.stringify escapes every quote and backslash in the files it carries.
					writeFileSync(join(dist, 'studio', `kit-${locale}.js`), `export default ${JSON.stringify({ html, files, standalone })};\n`);
				}
			},
		},
	};
}

/**
 * The article page's script (src/browser/islands/mount.ts) as one module, with what it loads on demand inside it: a
 * page opened from a disk can load no other file, as browsers refuse modules from `file://` addresses.
 */
async function standaloneScript(): Promise<string> {
	const output = await build({
		configFile: false,
		logLevel: 'warn',
		define: hookConstants(),
		plugins: [solid({ ssr: false })],
		build: {
			write: false,
			minify: true,
			rolldownOptions: { input: 'src/browser/islands/mount.ts', output: { format: 'es', codeSplitting: false } },
		},
	});
	const [result] = Array.isArray(output) ? output : [output];
	const chunk = 'output' in result! ? result.output.find((file) => file.type === 'chunk') : undefined;
	if (!chunk || chunk.type !== 'chunk') throw new Error('The single-file script was not built.');
	return chunk.code;
}

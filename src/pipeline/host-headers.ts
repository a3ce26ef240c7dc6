import type { AstroIntegration } from 'astro';
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Each page's policy from its <meta> tag, with frame-ancestors, which only a header can carry: nobody may frame the site. */
function pageHeaders(dist: string, base: string): string {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('index.html'))
		.sort()
		.flatMap((file) => {
			const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(`${dist}${file}`, 'utf8'))?.[1];
			if (!policy) return [];
			const path = `${base}${file.replace(/index\.html$/, '')}`;
			return [`${path}\n  Content-Security-Policy: ${policy.replace(/;?\s*$/, '')}; frame-ancestors 'none'\n`];
		})
		.join('');
}

/**
 * Static hosts that read `_headers` send what `public/_headers` says for every file, then each page's own
 * Content-Security-Policy as a header, written here after the build, under the site's base path.
 */
export function hostHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'underline:host-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:done': ({ dir }) => {
				const dist = fileURLToPath(dir);
				appendFileSync(`${dist}_headers`, `\n${pageHeaders(dist, base)}`);
			},
		},
	};
}

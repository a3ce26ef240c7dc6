import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import solid from 'vite-plugin-solid';

/** The Solid views (the islands, and views loaded on demand), which compile to client-side Solid code. */
const islands = 'src/browser/**/*.tsx';

/**
 * Solid islands, compiled for the browser only. The article page mounts them from its own script
 * (src/browser/islands/mount.ts), so Astro needs no renderer for them, and client-only code needs no hydration
 * markers, which would cost about 1 KB gzip.
 */
export function solidIslands(): AstroIntegration {
	let base = '/';
	return {
		name: 'underline:solid-islands',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [solid({ include: [islands], ssr: false })] } });
			},
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:done': ({ dir }) => preloadQuiz(fileURLToPath(dir), base),
		},
	};
}

/**
 * The page's script is a tiny entry that imports the quiz chunk and the on-demand loader (see astro.config.mjs), so
 * the browser would find them only after the entry arrives: one more round trip on a phone. Preload hints on every
 * page with islands start them at once.
 */
function preloadQuiz(dist: string, base: string): void {
	const chunks = readdirSync(`${dist}_astro`).filter((name) => /^(quiz|shared)\..*\.js$/.test(name));
	const hints = chunks.map((chunk) => `<link rel="modulepreload" href="${base}_astro/${chunk}">`).join('');
	for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))) {
		const path = `${dist}${file}`;
		const html = readFileSync(path, 'utf8');
		if (html.includes(' data-island="')) writeFileSync(path, html.replace('</head>', `${hints}</head>`));
	}
}

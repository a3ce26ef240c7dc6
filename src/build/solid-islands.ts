import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import solid from 'vite-plugin-solid';

/** The folder of the islands, which compile to client-side Solid code. */
const islands = 'src/browser/islands/**';

/**
 * Solid islands, all `client:only`, with a renderer of our own (src/browser/islands/render.ts) in place of
 * `@astrojs/solid-js`: ours has no server rendering and no prop stores, which our islands never use.
 * It keeps the name "solid-js", so `client:only="solid-js"` finds it.
 */
export function solidIslands(): AstroIntegration {
	return {
		name: 'underline:solid-islands',
		hooks: {
			'astro:config:setup': ({ addRenderer, updateConfig }) => {
				addRenderer({
					name: 'solid-js',
					clientEntrypoint: fileURLToPath(new URL('../browser/islands/render.ts', import.meta.url)),
					serverEntrypoint: fileURLToPath(new URL('./solid-server.ts', import.meta.url)),
				});
				// Client-only islands need no hydration markers, which would cost about 1 KB gzip.
				updateConfig({ vite: { plugins: [solid({ include: [islands], ssr: false })] } });
			},
			'astro:build:done': ({ dir }) => preloadRuntime(fileURLToPath(dir)),
		},
	};
}

/**
 * Each island's entry is a tiny stub that imports the shared runtime chunk, so the browser would find the runtime only
 * after a stub arrives: one more round trip on a phone. A preload hint on every page with islands starts it at once.
 */
function preloadRuntime(dist: string): void {
	const runtime = readdirSync(`${dist}_astro`).find((name) => /^runtime\..*\.js$/.test(name));
	if (!runtime) return;
	for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))) {
		const path = `${dist}${file}`;
		const html = readFileSync(path, 'utf8');
		if (!html.includes('<astro-island')) continue;
		writeFileSync(path, html.replace('</head>', `<link rel="modulepreload" href="/_astro/${runtime}"></head>`));
	}
}

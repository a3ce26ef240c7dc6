import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import solid from 'vite-plugin-solid';
import { locales } from '../core/messages/locales.ts';
import { checkContentOnce, checkedRoots } from './load/checked-content.ts';

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
 * page with islands start them at once. Which pages have islands comes from the page models (an article with
 * questions), not from reading the built pages; the chunks' names exist only once the bundle does.
 */
function preloadQuiz(dist: string, base: string): void {
	const chunks = readdirSync(`${dist}_astro`).filter((name) => /^(quiz|shared)\..*\.js$/.test(name));
	const hints = chunks.map((chunk) => `<link rel="modulepreload" href="${base}_astro/${chunk}">`).join('');
	const articles = checkContentOnce(checkedRoots()).pages.filter(({ questions }) => questions.length > 0);
	// The studio's templates of the article page too, from which its previews and packages are made.
	const templates = locales.flatMap((locale) => [`studio/template/${locale}`, `studio/preview/${locale}`]);
	for (const folder of [...articles.map(({ id }) => `articles/${id}`), ...templates]) {
		const path = `${dist}${folder}/index.html`;
		writeFileSync(path, readFileSync(path, 'utf8').replace('</head>', `${hints}</head>`));
	}
}

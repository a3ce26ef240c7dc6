import type { AstroIntegration } from 'astro';
import { init, parse } from 'es-module-lexer';
import { readFileSync, writeFileSync } from 'node:fs';
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
			'astro:build:done': ({ dir }) => preloadChunks(fileURLToPath(dir), base),
		},
	};
}

/**
 * The page's script is a tiny entry that imports the chunks it runs (see astro.config.mjs), and those import others, so
 * the browser would find each only after the one that names it arrives: one more round trip each on a phone. Preload
 * hints for every chunk its entry imports statically, at any depth, start them all at once; what loads on demand is not
 * named. Which pages get hints comes from the page models (an article with questions), not from reading the built
 * pages; what the hints name comes from each page's own script and the chunks it imports, whose names exist only once
 * the bundle does.
 */
async function preloadChunks(dist: string, base: string): Promise<void> {
	await init;
	const articles = checkContentOnce(checkedRoots()).pages.filter(({ questions }) => questions.length > 0);
	// The studio's templates of the article page too, from which its previews and packages are made.
	const templates = locales.flatMap((locale) => [`studio/template/${locale}`, `studio/preview/${locale}`]);
	for (const folder of [...articles.map(({ id }) => `articles/${id}`), ...templates]) {
		const path = `${dist}${folder}/index.html`;
		const html = readFileSync(path, 'utf8');
		const entries = [...html.matchAll(/<script type="module" src="[^"]*_astro\/([^"]+)"/g)].map((match) => match[1]!);
		const hints = [...importedChunks(`${dist}_astro/`, entries)].map((chunk) => `<link rel="modulepreload" href="${base}_astro/${chunk}">`);
		writeFileSync(path, html.replace('</head>', `${hints.join('')}</head>`));
	}
}

/** The chunks in `folder` that the `entries` import statically, at any depth, but for the entries themselves. */
function importedChunks(folder: string, entries: string[]): Set<string> {
	const found = new Set<string>();
	const visit = (chunk: string) => {
		const [imports] = parse(readFileSync(folder + chunk, 'utf8'));
		for (const { n: name, d: dynamic } of imports) {
			const imported = name?.replace(/^\.\//, '');
			if (dynamic !== -1 || !imported || found.has(imported)) continue;
			found.add(imported);
			visit(imported);
		}
	};
	entries.forEach(visit);
	for (const entry of entries) found.delete(entry);
	return found;
}

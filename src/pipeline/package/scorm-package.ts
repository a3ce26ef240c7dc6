import { zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticlePage } from '../../core/page-model/article-pages.ts';
import { teachingFile } from '../../core/page-model/teaching-file.ts';
import { manifest, packagedPage, type ScormDialect } from '../../core/package/scorm.ts';

export type { ScormDialect };

/** The scripts a page loads, at once or on demand: the ones it names, and every chunk they import, followed through. */
export function scriptsOf(html: string, astro: string): string[] {
	const found = new Set<string>();
	const visit = (name: string) => {
		if (found.has(name)) return;
		found.add(name);
		for (const [, next] of readFileSync(join(astro, name), 'utf8').matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) visit(next!);
	};
	for (const [, name] of html.matchAll(/_astro\/([\w.-]+\.js)/g)) visit(name!);
	return [...found];
}

/**
 * One article of a built site (`dist`) as a SCORM package: the page, the scripts it loads (and no other page's), the
 * module of what its questions teach, and the manifest, zipped. Its title and pass mark come from its page model.
 */
export function scormPackage(
	dist: string,
	page: Pick<ArticlePage, 'id' | 'article' | 'passingScore' | 'teaching'>,
	dialect: ScormDialect,
	mode?: 'practice' | 'test',
): Uint8Array {
	const { id, article: { title }, passingScore } = page;
	const folder = join(dist, 'articles', id);
	const html = readFileSync(join(folder, 'index.html'), 'utf8');
	const files: Record<string, Uint8Array> = { 'index.html': new TextEncoder().encode(packagedPage(html, id, mode)) };
	const teaching = `${teachingFile(page)}.js`;
	files[teaching] = readFileSync(join(folder, teaching));
	for (const name of scriptsOf(html, join(dist, '_astro'))) files[`_astro/${name}`] = readFileSync(join(dist, '_astro', name));
	files['favicon.svg'] = readFileSync(join(dist, 'favicon.svg'));
	files['imsmanifest.xml'] = new TextEncoder().encode(manifest(dialect, id, title, Object.keys(files), passingScore));
	return zipSync(files, { level: 9 });
}

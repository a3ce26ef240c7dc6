import { strToU8, zipSync } from 'fflate';
import { manifest, packagedPage, teachingModule, type ScormDialect } from '../../core/package/scorm';
import type { ArticlePage } from '../../core/page-model/article-pages';
import { pageFill } from '../../core/render/page-fill';
import { fillPage } from './fill-page';

/** The article page's template and every file it loads, in one interface language (src/pipeline/studio-kit.ts). */
interface Kit {
	html: string;
	files: Record<string, string>;
}

/** The site's root, from this script's address: the site's scripts all sit in its `_astro/` folder. */
const siteRoot = () => {
	const up = '../';
	return new URL(up, import.meta.url);
};

/**
 * A draft's SCORM package, as `npm run package` writes one for an article of the site (src/pipeline/package/): the
 * article page, filled into the site's template of it; the scripts that page loads; the module of what its
 * questions teach; and the manifest with the pass mark, zipped. Made in this browser; nothing is sent.
 */
export async function scormZip(page: ArticlePage, dialect: ScormDialect, mode?: 'practice' | 'test'): Promise<Uint8Array> {
	const kitAddress = `studio/kit-${page.locale}.js`;
	const kit = ((await import(/* @vite-ignore */ new URL(kitAddress, siteRoot()).href)) as { default: Kit }).default;
	const document = new DOMParser().parseFromString(kit.html, 'text/html');
	fillPage(document, pageFill(page, { url: `${page.teachingFile}.js` }));
	// Reads the filled page back as text, to package it: nothing is written as markup here.
	// eslint-disable-next-line no-restricted-syntax -- serialising a parsed page, not setting markup
	const html = `<!DOCTYPE html>${document.documentElement.outerHTML}`;
	const files: Record<string, Uint8Array> = { 'index.html': strToU8(packagedPage(html, page.id, mode)), [`${page.teachingFile}.js`]: strToU8(teachingModule(page.teaching)) };
	for (const [name, text] of Object.entries(kit.files)) files[name] = strToU8(text);
	files['imsmanifest.xml'] = strToU8(manifest(dialect, page.id, page.article.title, Object.keys(files), page.passingScore));
	return zipSync(files, { level: 9 });
}

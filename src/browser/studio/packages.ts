import { strToU8, zipSync } from 'fflate';
import { sha256Base64 } from '../../core/hash';
import { manifest, packagedPage, teachingModule, type ScormDialect } from '../../core/package/scorm';
import type { ArticlePage } from '../../core/page-model/article-pages';
import { teachingFile } from '../../core/page-model/teaching-file';
import { pageFill } from '../../core/render/page-fill';
import { fillPage } from './fill-page';

/**
 * For one interface language, the article page's template, every file it loads, and its islands as one script with
 * nothing loaded on demand (src/pipeline/studio-kit.ts).
 */
interface Kit {
	html: string;
	files: Record<string, string>;
	standalone: string;
}

/** The kit for a page's language, imported from the site: scripts are in its `_astro/` folder, the kit a folder over. */
async function kitFor(page: ArticlePage): Promise<Kit> {
	const address = `../studio/kit-${page.locale}.js`;
	return ((await import(/* @vite-ignore */ new URL(address, import.meta.url).href)) as { default: Kit }).default;
}

/** The template filled for `page`, as a document to finish and serialise. */
function filledTemplate(kit: Kit, page: ArticlePage, teaching: Parameters<typeof pageFill>[1]): Document {
	const document = new DOMParser().parseFromString(kit.html, 'text/html');
	fillPage(document, pageFill(page, teaching));
	return document;
}

// Reads a filled page back as text, to hand it out: nothing is written as markup here.
// eslint-disable-next-line no-restricted-syntax -- serialising a parsed page, not setting markup
const serialise = (document: Document) => `<!DOCTYPE html>${document.documentElement.outerHTML}`;

/**
 * A draft's SCORM package, as `npm run package` writes one for an article of the site (src/pipeline/package/): the
 * article page, filled into the site's template of it; the scripts that page loads; the module of what its
 * questions teach; and the manifest with the pass mark, zipped. Made in this browser; nothing is sent.
 */
export async function scormZip(page: ArticlePage, dialect: ScormDialect, mode?: 'practice' | 'test'): Promise<Uint8Array> {
	const kit = await kitFor(page);
	const teaching = `${teachingFile(page)}.js`;
	const html = serialise(filledTemplate(kit, page, { url: teaching }));
	const files: Record<string, Uint8Array> = {
		'index.html': strToU8(packagedPage(html, page.id, mode)),
		[teaching]: strToU8(teachingModule(page.teaching)),
	};
	for (const [name, text] of Object.entries(kit.files)) files[name] = strToU8(text);
	files['imsmanifest.xml'] = strToU8(manifest(dialect, page.id, page.article.title, Object.keys(files), page.passingScore));
	return zipSync(files, { level: 9 });
}

/**
 * The article page as one file that works from a disk or any host, offline: its styles were inline already, and here
 * its script and what its questions teach go inline too, the script let in by its hash in the page's own policy. The
 * worksheet prints from it; the teacher's key is not in it.
 */
export async function singleHtml(page: ArticlePage): Promise<string> {
	const kit = await kitFor(page);
	const document = filledTemplate(kit, page, { inline: page.teaching });
	for (const loaded of document.querySelectorAll('script[src], link[rel="modulepreload"], link[rel="icon"]')) loaded.remove();
	// A script's text cannot hold its own end tag; in JavaScript, "<\/" means the same as "</".
	const code = kit.standalone.replaceAll('</script', '<\\/script');
	const script = document.createElement('script');
	script.type = 'module';
	script.textContent = code;
	document.body.append(script);
	const policy = document.querySelector('meta[http-equiv="content-security-policy"]');
	policy?.setAttribute('content', (policy.getAttribute('content') ?? '').replace('script-src', `script-src 'sha256-${sha256Base64(code)}'`));
	return serialise(document);
}

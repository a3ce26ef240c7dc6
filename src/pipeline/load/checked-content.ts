import { createHash } from 'node:crypto';
import { buildContent, type ContentResult } from '../../core/content.ts';
import { readContentFiles } from './content-files.ts';

/**
 * The content check, done once per process for the same files. The build integration checks the content before
 * anything else, and the content loader needs the same result; Astro loads them through separate module graphs,
 * so the result is kept on `globalThis`. It is keyed by the files' text, so a changed file (in `astro dev`) is
 * checked again, and an unchanged one is parsed once per build.
 */
const memo = Symbol.for('underline:checked-content');

interface Memo {
	roots: string[];
	key: string;
	check: ContentResult;
}

const shared = globalThis as typeof globalThis & { [memo]?: Memo };

/** Reads and checks the articles and banks under `roots` (each holds `articles/` and `questions/`). */
export function checkContentOnce(roots: string[]): ContentResult {
	const articles = readContentFiles(roots, 'articles', '.md');
	const banks = readContentFiles(roots, 'questions', '.yaml');
	const hash = createHash('sha256');
	for (const { file, text } of [...articles, ...banks]) hash.update(`${file}\0${text}\0`);
	const key = hash.digest('hex');
	if (shared[memo]?.key !== key || shared[memo].roots.join() !== roots.join()) {
		shared[memo] = { roots, key, check: buildContent(articles, banks) };
	}
	return shared[memo].check;
}

/** The roots the last check read: the ones the build integration was configured with. */
export function checkedRoots(): string[] {
	const roots = shared[memo]?.roots;
	if (!roots) throw new Error('The content was never checked: add contentCheck() to the integrations in astro.config.mjs.');
	return roots;
}

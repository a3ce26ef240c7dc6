import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

// The line between build time and the browser: src/build/ runs in Node only and src/browser/ ships. Neither wing may
// import the other; what crosses goes through src/island-props.ts. This test reads every import to keep it so.

const root = resolve(import.meta.dirname, '../..');

function filesUnder(folder: string): string[] {
	return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(ts|tsx|astro)$/.test(entry.name))
		.map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** Every relative import of a file, resolved to a path from the project root. */
function importsOf(file: string, text = readFileSync(join(root, file), 'utf8')): string[] {
	return [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) =>
		relative(root, resolve(root, dirname(file), match[1]!)),
	);
}

/** The imports of `from` that land in `forbidden`, as "file → import". */
function crossings(from: string, forbidden: string): string[] {
	return filesUnder(from).flatMap((file) =>
		importsOf(file)
			.filter((target) => target === forbidden || target.startsWith(`${forbidden}/`))
			.map((target) => `${file} → ${target}`),
	);
}

test('nothing in src/browser/ imports from src/build/', () => {
	expect(crossings('src/browser', 'src/build')).toEqual([]);
});

test('nothing in src/build/ imports from src/browser/', () => {
	expect(crossings('src/build', 'src/browser')).toEqual([]);
});

test('the guard sees an import across the line, relative paths and all', () => {
	expect(importsOf('src/browser/quiz/score.ts', "import { x } from '../../build/text/quotes.ts';")).toEqual(['src/build/text/quotes.ts']);
	expect(importsOf('src/build/page-model/x.ts', "import type { Y } from '../../browser/quiz/score';")).toEqual(['src/browser/quiz/score']);
});

test('nothing in src/browser/ imports a catalogue of words: a page carries its own locale as data (src/browser/messages.ts)', () => {
	const catalogues = /^src\/messages\/(en|ru|locales)(\.ts)?$/;
	expect(filesUnder('src/browser').filter((file) => importsOf(file).some((target) => catalogues.test(target)))).toEqual([]);
	// The catalogues' shape may cross, as a type, which leaves no code behind.
	const typeOnly = filesUnder('src/browser').filter((file) =>
		/^import (?!type )[^;]*from '[./]+messages\/catalogue/m.test(readFileSync(join(root, file), 'utf8')),
	);
	expect(typeOnly).toEqual([]);
});

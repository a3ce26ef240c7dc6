import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

// The three wings of src/ and the fences between them:
// - src/core/ runs in Node and in a browser alike: it imports no Node module and uses no DOM or Node global;
// - src/pipeline/ is Node only (files, the Astro integration, packages, exports);
// - src/browser/ is what ships, and never pulls zod in at run time.
// Each wing also has its own tsconfig (npm run check) and lint globals (eslint.config.js); this test reads every
// import, and shows that each fence catches what it is for.

const root = resolve(import.meta.dirname, '../..');
const wings = ['src/core', 'src/pipeline', 'src/browser'] as const;

function filesUnder(folder: string): string[] {
	return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(ts|tsx|astro)$/.test(entry.name))
		.map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

interface Import {
	specifier: string;
	/** Whether anything of it is left at run time: `import type` leaves nothing. */
	runtime: boolean;
}

/** Every import of a file's text (static, dynamic and re-exports), with whether it leaves code behind. */
function importsIn(text: string): Import[] {
	return [...text.matchAll(/(?:^|[\s;])(import|export)(\s+type)?(?:[\s\w{},*]*?from\s*|\s*\(\s*|\s+)['"]([^'"]+)['"]/g)].map((match) => ({
		specifier: match[3]!,
		runtime: !match[2],
	}));
}

const isRelative = (specifier: string) => specifier.startsWith('.');
const resolveFrom = (file: string, specifier: string) => relative(root, resolve(root, dirname(file), specifier));
const isNodeModule = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);
const packageOf = (specifier: string) =>
	specifier
		.split('/')
		.slice(0, specifier.startsWith('@') ? 2 : 1)
		.join('/');

const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** Imports of one wing that land in another wing, as "file → target". */
function crossings(from: string, forbidden: string, text = read): string[] {
	return filesUnder(from).flatMap((file) =>
		importsIn(text(file))
			.filter(({ specifier }) => isRelative(specifier))
			.map(({ specifier }) => resolveFrom(file, specifier))
			.filter((target) => target.startsWith(`${forbidden}/`))
			.map((target) => `${file} → ${target}`),
	);
}

/** Node modules imported by a wing's files, as "file → module". */
function nodeImports(wing: string): string[] {
	return filesUnder(wing).flatMap((file) =>
		importsIn(read(file))
			.filter(({ specifier }) => isNodeModule(specifier))
			.map(({ specifier }) => `${file} → ${specifier}`),
	);
}

/** The packages a wing may import from the registry: anything else must be added here, on purpose. */
const allowedPackages: Record<(typeof wings)[number], string[]> = {
	'src/core': ['zod', 'yaml', 'js-yaml', '@noble/hashes', 'hastscript', 'hast'],
	'src/browser': ['solid-js', 'nanostores', '@nanostores/persistent', 'papaparse', 'lz-string', 'fflate', 'codemirror', '@codemirror/lang-yaml', '@codemirror/language', '@codemirror/lint', '@codemirror/view', '@codemirror/autocomplete', '@lezer/highlight', 'hast-util-to-dom', 'yaml'],
	'src/pipeline': ['astro', 'vite', 'fflate', 'vite-plugin-solid', 'zod', 'yaml', 'es-module-lexer'],
};

function unlistedPackages(wing: (typeof wings)[number]): string[] {
	return filesUnder(wing).flatMap((file) =>
		importsIn(read(file))
			.filter(({ specifier }) => !isRelative(specifier) && !isNodeModule(specifier) && !specifier.startsWith('astro:'))
			.filter(({ specifier }) => !specifier.startsWith('virtual:') && !allowedPackages[wing].includes(packageOf(specifier)))
			.map(({ specifier }) => `${file} → ${specifier}`),
	);
}

/** Type-checks files with the core's own tsconfig (ES only: no DOM, no Node), with `overrides` of their text. */
function coreDiagnostics(files: string[], overrides: Record<string, string> = {}): string[] {
	const configFile = join(root, 'src/core/tsconfig.json');
	const config = ts.readConfigFile(configFile, ts.sys.readFile).config as object;
	const { options } = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configFile));
	const host = ts.createCompilerHost(options);
	const readFile = host.readFile.bind(host);
	host.readFile = (name) => overrides[relative(root, name)] ?? readFile(name);
	const fileExists = host.fileExists.bind(host);
	host.fileExists = (name) => relative(root, name) in overrides || fileExists(name);
	const program = ts.createProgram(
		files.map((file) => join(root, file)),
		options,
		host,
	);
	return ts
		.getPreEmitDiagnostics(program)
		.map(
			(diagnostic) =>
				`${diagnostic.file ? relative(root, diagnostic.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`,
		);
}

/**
 * Files that a browser entry pulls in at run time that import zod at run time: the schemas are for the build and the
 * studio, and zod (about 60 KB) must never ride along into an article page's scripts through a value import.
 */
function zodAtRunTime(entries: string[], text = read, exists = (file: string) => existsSync(join(root, file))): string[] {
	const seen = new Set<string>();
	const found: string[] = [];
	const visit = (file: string, via: string[]) => {
		if (seen.has(file)) return;
		seen.add(file);
		for (const { specifier, runtime } of importsIn(text(file))) {
			if (!runtime) continue;
			if (specifier === 'zod' || specifier.startsWith('zod/')) found.push([...via, file].join(' → '));
			if (!isRelative(specifier)) continue;
			const target = resolveFrom(file, specifier);
			const script = ['', '.ts', '.tsx']
				.map((extension) => target + extension)
				.find((candidate) => /\.tsx?$/.test(candidate) && exists(candidate));
			if (script) visit(script, [...via, file]);
		}
	};
	for (const entry of entries) visit(entry, []);
	return found;
}

// The studio (src/browser/studio/) runs the core's checks, zod included, on a page of its own; nothing else may reach it.
const browserEntries = filesUnder('src/browser').filter((file) => /\.tsx?$/.test(file) && !file.startsWith('src/browser/studio/'));

test('no wing imports another it must not: the core imports neither, and the browser and the pipeline not each other', () => {
	expect([
		...crossings('src/core', 'src/pipeline'),
		...crossings('src/core', 'src/browser'),
		...crossings('src/browser', 'src/pipeline'),
		...crossings('src/pipeline', 'src/browser'),
	]).toEqual([]);
});

test('neither the core nor the browser imports a Node module, bare or node:', () => {
	expect([...nodeImports('src/core'), ...nodeImports('src/browser')]).toEqual([]);
});

test.each(wings)('%s imports only the registry packages listed for it', (wing) => {
	expect(unlistedPackages(wing)).toEqual([]);
});

test('nothing the browser loads imports zod at run time', () => {
	expect(zodAtRunTime(browserEntries)).toEqual([]);
});

test('the guards catch what they are for: node:fs in the browser, document in the core, zod reached at run time', () => {
	for (const planted of ["import { readFileSync } from 'node:fs';", "import fs from 'fs';", "const fs = await import('node:fs');"])
		expect(importsIn(planted).filter(({ specifier }) => isNodeModule(specifier))).toHaveLength(1);

	// The whole core is type-checked by its tsconfig in `npm run check`; here, that config refuses a DOM global.
	const planted = coreDiagnostics(['src/core/planted.ts'], { 'src/core/planted.ts': 'export const title = document.title;' });
	expect(planted).toHaveLength(1);
	expect(planted[0]).toMatch(/^src\/core\/planted\.ts: Cannot find name 'document'/);

	const graph: Record<string, string> = {
		'src/browser/entry.ts': "import { a } from './a.ts';\nimport type { Bank } from '../core/schema/bank.ts';",
		'src/browser/a.ts': "import { skillSchema } from '../core/schema/skill.ts';",
		'src/core/schema/skill.ts': read('src/core/schema/skill.ts'),
	};
	const inGraph = (file: string) => file in graph;
	expect(zodAtRunTime(['src/browser/entry.ts'], (file) => graph[file] ?? '', inGraph)).toEqual([
		'src/browser/entry.ts → src/browser/a.ts → src/core/schema/skill.ts',
	]);
	// A type import leaves nothing behind, so it is no crossing at run time.
	expect(
		zodAtRunTime(['src/browser/entry.ts'], (file) => (file === 'src/browser/entry.ts' ? graph[file]!.split('\n')[1]! : ''), inGraph),
	).toEqual([]);
});

test('nothing in src/browser/ imports a catalogue of words: a page carries its own locale as data (src/browser/messages.ts)', () => {
	const catalogues = /^src\/core\/messages\/(en|ru|locales)(\.ts)?$/;
	const offenders = filesUnder('src/browser').filter((file) =>
		importsIn(read(file)).some(({ specifier, runtime }) => {
			if (!isRelative(specifier)) return false;
			const target = resolveFrom(file, specifier);
			// The catalogues' shape may cross, as a type, which leaves no code behind.
			return catalogues.test(target) || (runtime && /^src\/core\/messages\/catalogue(\.ts)?$/.test(target));
		}),
	);
	expect(offenders).toEqual([]);
});

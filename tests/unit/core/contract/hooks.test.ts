import { convertToTSX } from '@astrojs/compiler';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

// The page's hooks are one typed contract (src/core/contract/hooks.ts): renaming one makes every use a type error,
// in .ts, .tsx and .astro files alike. The .astro files are turned into TypeScript as `astro check` does.

const root = resolve(import.meta.dirname, '../../../..');
const contract = join(root, 'src/core/contract/hooks.ts');

const sources = (extension: RegExp) =>
	readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && extension.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));

/** Every diagnostic of the site's code, with the contract's text replaced by `contractText`. */
async function diagnostics(contractText: string): Promise<readonly ts.Diagnostic[]> {
	const astro = new Map<string, string>(
		await Promise.all(
			sources(/\.astro$/).map(
				async (file) => [`${file}.tsx`, (await convertToTSX(readFileSync(file, 'utf8'), { filename: file })).code] as const,
			),
		),
	);
	const options: ts.CompilerOptions = {
		strict: true,
		noEmit: true,
		skipLibCheck: true,
		target: ts.ScriptTarget.ES2022,
		module: ts.ModuleKind.ESNext,
		moduleResolution: ts.ModuleResolutionKind.Bundler,
		allowImportingTsExtensions: true,
		allowArbitraryExtensions: true,
		jsx: ts.JsxEmit.Preserve,
		jsxImportSource: 'solid-js',
		lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
		types: ['node', 'astro/client'],
	};
	const host = ts.createCompilerHost(options);
	const readFile = host.readFile.bind(host);
	host.readFile = (name) => (name === contract ? contractText : (astro.get(name) ?? readFile(name)));
	const fileExists = host.fileExists.bind(host);
	host.fileExists = (name) => astro.has(name) || fileExists(name);
	const files = [...sources(/\.tsx?$/), ...astro.keys()];
	return ts.getPreEmitDiagnostics(ts.createProgram(files, options, host));
}

/** How many times each file names `hook` as missing (an .astro file's lines move as it is turned into TypeScript). */
const missing = (found: readonly ts.Diagnostic[], hook: string) =>
	countByFile(
		found
			.filter((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ').includes(`'${hook}'`))
			.map((diagnostic) => relative(root, diagnostic.file!.fileName).replace(/\.astro\.tsx$/, '.astro')),
	);

/** How many times each file uses `hook` through the contract, read from its code: `hook.name` in markup, `HOOK.name` in scripts. */
const uses = (hook: string) =>
	countByFile(
		sources(/\.(tsx?|astro)$/)
			.filter((file) => file !== contract)
			.flatMap((file) =>
				readFileSync(file, 'utf8')
					.split('\n')
					.filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
					.flatMap((line) => [...line.matchAll(new RegExp(`\\b(hook|HOOK)\\.${hook}\\b`, 'g'))].map(() => relative(root, file))),
			),
	);

const countByFile = (files: string[]) =>
	Object.fromEntries([...new Set(files)].sort().map((file) => [file, files.filter((other) => other === file).length]));

test.each(['island', 'questionCard', 'versioned'])(
	'renaming the hook "%s" makes every use of it a type error',
	async (hook) => {
		const renamed = readFileSync(contract, 'utf8').replace(new RegExp(`export const ${hook} =`), `export const ${hook}Renamed =`);
		const expected = uses(hook);
		expect(Object.keys(expected).length).toBeGreaterThan(0);
		expect(missing(await diagnostics(renamed), hook)).toEqual(expected);
	},
	120_000,
);

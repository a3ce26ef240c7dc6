// Speed and size figures, as numbers rather than pass/fail: `npm run bench` (after `npm run build`).
// Prints a table and writes reports/bench.json. Times are medians of several runs, as these machines are noisy.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { stringify } from 'yaml';
import { checkContent } from '../src/build/check/check-content.ts';
import { readContentFiles } from '../src/build/load/content-files.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const time = (run: () => void, runs = 5) =>
	median(
		Array.from({ length: runs }, () => {
			const started = performance.now();
			run();
			return performance.now() - started;
		}),
	);

// Validation of a large bank: the real bank's questions repeated under new ids until there are `count`.
const articles = readContentFiles(['content'], 'articles', '.md');
const [bankFile] = readContentFiles(['content'], 'questions', '.yaml');
const { banks } = checkContent(articles, [bankFile!]);
const questions = banks[0]!.bank.questions;
function bankOf(count: number) {
	// Renamed copies cannot keep a part B's link to its part A, so the copies stand alone.
	const many = Array.from({ length: count }, (_, index) => ({
		...questions[index % questions.length]!,
		id: `q-${index}`,
		supports: undefined,
	}));
	return {
		id: 'bench',
		file: 'bench.yaml',
		text: stringify({ article: banks[0]!.bank.article, questions: many }, { aliasDuplicateObjects: false }),
	};
}
const rows: [string, number, string][] = [];
for (const count of [1_000, 10_000]) {
	const bank = bankOf(count);
	let problems = 0;
	rows.push([
		`validate a ${count.toLocaleString('en')}-question bank`,
		Math.round(time(() => (problems = checkContent(articles, [bank]).problems.length))),
		'ms',
	]);
	if (problems) throw new Error(`the generated bank has ${problems} problems`);
}

// Bytes of the built article page (deterministic).
const page = 'dist/articles/tass-2023-06-27-putin-lukashenko/index.html';
if (existsSync(page)) {
	const gzipped = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
	const html = readFileSync(page);
	const scripts = readdirSync('dist/_astro').filter((name) => name.endsWith('.js'));
	const inline = [...html.toString().matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
	const files = scripts.filter((name) => html.includes(name) || name.startsWith('runtime') || name.startsWith('client'));
	rows.push(['article page HTML', gzipped(html), 'B gzip']);
	rows.push([
		'article page JavaScript, inline included',
		files.reduce((sum, name) => sum + gzipped(readFileSync(`dist/_astro/${name}`)), 0) +
			inline.reduce((sum, text) => sum + gzipped(text), 0),
		'B gzip',
	]);
} else {
	console.warn(`${page} is missing: run \`npm run build\` first for the byte figures.`);
}

const width = Math.max(...rows.map(([name]) => name.length));
for (const [name, value, unit] of rows) console.log(`${name.padEnd(width)}  ${String(value).padStart(7)} ${unit}`);
mkdirSync('reports', { recursive: true });
writeFileSync(
	'reports/bench.json',
	`${JSON.stringify(Object.fromEntries(rows.map(([name, value, unit]) => [name, { value, unit }])), null, '\t')}\n`,
);

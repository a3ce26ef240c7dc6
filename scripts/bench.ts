// `npm run bench`: speed and size as numbers, not pass/fail. Prints a table and writes bench/results.json.
// - `npm run validate` on generated 1,000- and 10,000-question banks, each run as a new process, and the same checks
//   warm in one process, then the page models built from them;
// - four pages served gzipped on loopback and driven in Chromium at 390×844, interleaved, medians of 7 runs each: the
//   real article, the same article with generated 300- and 1,000-question banks (built in a temporary folder), and a
//   plain-HTML baseline of the real article with native inputs and no framework. Times are also given as ratios to the
//   baseline, which holds on a noisy machine where absolute times do not. Beside "interactive" (the quiz mounted) is
//   what a learner who goes straight to the questions waits for: a load scrolled to the quiz, until a question's first
//   control is on screen;
// - the studio on the real site, with the real article and a generated bank of 30 or of 300 questions: when it can be
//   used, at 1× and 4× CPU, and the time from a keystroke in the bank to the paint of the problems checked again.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { checkContent } from '../src/core/check/check-content.ts';
import { buildContent } from '../src/core/content.ts';
import { articlePages } from '../src/core/page-model/article-pages.ts';
import { readArticleFile } from '../src/core/text/write-article-file.ts';
import { readContentFiles } from '../src/pipeline/load/content-files.ts';
import { writeBaseline } from './bench/baseline.ts';
import { launch, measureFirstControl, measurePage, type PageRun } from './bench/measure.ts';
import { serve } from './bench/serve.ts';
import { measureStudio, type StudioRun } from './bench/studio.ts';

const runs = 7;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const time = (run: () => void, times = 5) =>
	median(
		Array.from({ length: times }, () => {
			const started = performance.now();
			run();
			return performance.now() - started;
		}),
	);
const results: Record<string, unknown> = {};

// Banks of any size: the real bank's questions repeated under new ids. Renamed copies cannot keep a part B's link to its part A.
const articles = readContentFiles(['content'], 'articles', '.md');
const [bankFile] = readContentFiles(['content'], 'questions', '.yaml');
const real = buildContent(articles, [bankFile!]);
const { article: articleId, questions } = real.banks[0]!.bank;
const bankOf = (count: number) =>
	stringify(
		{
			article: articleId,
			questions: Array.from({ length: count }, (_, index) => ({
				...questions[index % questions.length]!,
				id: `q-${index}`,
				supports: undefined,
			})),
		},
		{ aliasDuplicateObjects: false },
	);

/** A content folder (`articles/`, `questions/`) holding the real article and `bank` as its questions. */
function writeContent(root: string, bank: string): void {
	mkdirSync(join(root, 'questions'), { recursive: true });
	cpSync('content/articles', join(root, 'articles'), { recursive: true });
	writeFileSync(join(root, 'questions', `${articleId}.yaml`), bank);
}

// `npm run validate` as an author runs it: a new process each time, on a content folder holding the generated bank,
// timed by the figure it prints (reading and checking the files) and as a whole process (Node's start and the imports
// too, but not npm's). Beside it, the same checks run again in this process, warm, as the studio and the build run
// them; the build then makes the page models, timed apart.
const folder = mkdtempSync(join(tmpdir(), 'underline-bench-'));
const validateScript = join(process.cwd(), 'scripts/validate.ts');
console.log('Validation (medians of 5):');
for (const count of [1_000, 10_000]) {
	// Named after its article, as every bank must be.
	const bank = { id: articleId, file: `content/questions/${articleId}.yaml`, text: bankOf(count) };
	let check = checkContent(articles, [bank]);
	if (check.problems.length) throw new Error(`the generated bank has ${check.problems.length} problems`);
	const root = join(folder, `validate-${count}`);
	writeContent(join(root, 'content'), bank.text);
	const printed: number[] = [];
	const whole: number[] = [];
	for (let run = 0; run < 5; run++) {
		const started = performance.now();
		const result = spawnSync(process.execPath, [validateScript], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
		whole.push(performance.now() - started);
		const figure = /checked in (\d+) ms/.exec(result.stdout)?.[1];
		if (result.status !== 0 || !figure) throw new Error(`npm run validate failed on the ${count}-question bank`);
		printed.push(Number(figure));
	}
	const warm = Math.round(time(() => (check = checkContent(articles, [bank]))));
	const pages = Math.round(time(() => articlePages(check)));
	const asPrinted = median(printed);
	const asProcess = Math.round(median(whole));
	console.log(
		`  ${count.toLocaleString('en')} questions: npm run validate ${asPrinted} ms as printed, ${asProcess} ms as a process; warm in this process ${warm} ms, then the page models ${pages} ms`,
	);
	results[`npm run validate ${count} questions, as printed (ms)`] = asPrinted;
	results[`npm run validate ${count} questions, whole process (ms)`] = asProcess;
	results[`validate ${count} questions, warm in process (ms)`] = warm;
	results[`page models ${count} questions (ms)`] = pages;
}

function build(env: Record<string, string>): void {
	const result = spawnSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
	if (result.status !== 0) throw new Error('the build failed');
}

// The sites: the real one, the 300- and 1,000-question ones, and the baseline, each in a folder of its own.
console.log(`\nBuilding the sites in ${folder} …`);
build({ UNDERLINE_OUT_DIR: join(folder, 'real') });
for (const [count, site] of [
	[300, 'big'],
	[1_000, 'bigger'],
] as const) {
	writeContent(join(folder, `${site}-content`), bankOf(count));
	build({ UNDERLINE_CONTENT_ROOT: join(folder, `${site}-content`), UNDERLINE_OUT_DIR: join(folder, site) });
}
const realPage = real.pages.find((page) => page.id === articleId)!;
const css = [...readFileSync(join(folder, 'real/articles', articleId, 'index.html'), 'utf8').matchAll(/<style>([\s\S]*?)<\/style>/g)]
	.map((match) => match[1])
	.join('\n');
writeBaseline(realPage, css, join(folder, 'baseline'));

const sites = { article: 'real', '300 questions': 'big', '1,000 questions': 'bigger', baseline: 'baseline' } as const;
const servers = Object.fromEntries(
	await Promise.all(Object.entries(sites).map(async ([name, dir]) => [name, await serve(join(folder, dir))] as const)),
);
const browser = await launch();
const measured: Record<string, { normal: PageRun[]; slow: PageRun[]; firstControl: number[]; firstControlSlow: number[] }> = Object.fromEntries(
	Object.keys(sites).map((name) => [name, { normal: [], slow: [], firstControl: [], firstControlSlow: [] }]),
);
console.log(`Measuring ${Object.keys(sites).length} pages, ${runs} interleaved runs at 1× and at 4× CPU …`);
for (let run = 0; run < runs; run++) {
	// A different order each round, so no page always goes first or last.
	const order = Object.keys(sites).sort(() => Math.random() - 0.5);
	for (const name of order) {
		const url = `${servers[name]!.url}/articles/${articleId}/`;
		measured[name]!.normal.push(await measurePage(browser, url, 1));
		measured[name]!.slow.push(await measurePage(browser, url, 4));
		measured[name]!.firstControl.push(await measureFirstControl(browser, url, 1));
		measured[name]!.firstControlSlow.push(await measureFirstControl(browser, url, 4));
	}
}
// The studio, on the real site, with a draft of the real article and a generated bank of 30 or 300 questions.
const studioRuns: Record<string, { normal: StudioRun[]; slow: StudioRun[] }> = { '30 questions': { normal: [], slow: [] }, '300 questions': { normal: [], slow: [] } };
const articleDraft = readArticleFile(articles.find((file) => file.id === articleId)!.text);
console.log(`Measuring the studio, ${runs} runs of each bank at 1× and at 4× CPU …`);
for (let run = 0; run < runs; run++) {
	for (const [name, count] of [['30 questions', 30], ['300 questions', 300]] as const) {
		const draft = { id: articleId, article: articleDraft, bank: bankOf(count) };
		studioRuns[name]!.normal.push(await measureStudio(browser, `${servers.article!.url}/studio/`, draft, 1));
		studioRuns[name]!.slow.push(await measureStudio(browser, `${servers.article!.url}/studio/`, draft, 4));
	}
}
await browser.close();
for (const server of Object.values(servers)) server.close();

const pick = (name: string, pass: 'normal' | 'slow', field: keyof PageRun) => median(measured[name]![pass].map((run) => run[field] ?? NaN));
const rows: [string, ...string[]][] = [['', ...Object.keys(sites)]];
// A ratio to a page with no long tasks at all says nothing: it is shown as "—" and written as null.
const row = (label: string, value: (name: string) => number, unit: string, digits = 0) => {
	const shown = Object.keys(sites).map((name) => {
		const figure = value(name);
		return [name, Number.isFinite(figure) ? figure.toFixed(digits) : undefined] as const;
	});
	rows.push([`${label} (${unit})`, ...shown.map(([, figure]) => figure ?? '—')]);
	results[label] = Object.fromEntries(shown.map(([name, figure]) => [name, figure === undefined ? null : Number(figure)]));
};
row('HTML, gzip', (name) => pick(name, 'normal', 'html'), 'B');
row('JavaScript, gzip', (name) => pick(name, 'normal', 'js'), 'B');
row('requests', (name) => pick(name, 'normal', 'requests'), 'n');
row('interactive at 1× CPU', (name) => pick(name, 'normal', 'interactive'), 'ms');
row('interactive at 4× CPU', (name) => pick(name, 'slow', 'interactive'), 'ms');
row('long tasks during load at 4× CPU', (name) => pick(name, 'slow', 'longTasks'), 'ms');
row('main thread busy during load at 4× CPU', (name) => pick(name, 'slow', 'busy'), 'ms');
const firstControl = (name: string, pass: 'firstControl' | 'firstControlSlow') => median(measured[name]![pass]);
row('first question control, scrolled at load, 1× CPU', (name) => firstControl(name, 'firstControl'), 'ms');
row('first question control, scrolled at load, 4× CPU', (name) => firstControl(name, 'firstControlSlow'), 'ms');
row('layout shift during load (CLS)', (name) => pick(name, 'normal', 'layoutShift'), 'score', 3);
row('elements per question', (name) => pick(name, 'normal', 'elementsPerQuestion'), 'n', 1);
row('Check to paint', (name) => pick(name, 'normal', 'check'), 'ms', 1);
row('keystroke to paint', (name) => pick(name, 'normal', 'keystroke'), 'ms', 1);
row('Check to paint ÷ baseline', (name) => pick(name, 'normal', 'check') / pick('baseline', 'normal', 'check'), '×', 2);
row('keystroke to paint ÷ baseline', (name) => pick(name, 'normal', 'keystroke') / pick('baseline', 'normal', 'keystroke'), '×', 2);
row('interactive at 4× ÷ baseline', (name) => pick(name, 'slow', 'interactive') / pick('baseline', 'slow', 'interactive'), '×', 2);
row('first question control at 1× ÷ baseline', (name) => firstControl(name, 'firstControl') / firstControl('baseline', 'firstControl'), '×', 2);
row('first question control at 4× ÷ baseline', (name) => firstControl(name, 'firstControlSlow') / firstControl('baseline', 'firstControlSlow'), '×', 2);
row('long tasks at 4× ÷ article', (name) => pick(name, 'slow', 'longTasks') / pick('article', 'slow', 'longTasks'), '×', 2);
row('main thread busy at 4× ÷ article', (name) => pick(name, 'slow', 'busy') / pick('article', 'slow', 'busy'), '×', 2);
const ratio = (field: 'check' | 'keystroke') => pick('300 questions', 'normal', field) / pick('article', 'normal', field);
results['300 questions ÷ article, Check to paint (×)'] = Number(ratio('check').toFixed(2));
results['300 questions ÷ article, keystroke to paint (×)'] = Number(ratio('keystroke').toFixed(2));

const studio = (name: string, pass: 'normal' | 'slow', field: keyof StudioRun) => median(studioRuns[name]![pass].map((run) => run[field] ?? NaN));
for (const name of Object.keys(studioRuns)) {
	results[`studio, ${name}`] = {
		'interactive at 1× (ms)': Math.round(studio(name, 'normal', 'interactive')),
		'interactive at 4× (ms)': Math.round(studio(name, 'slow', 'interactive')),
		'keystroke to problems (ms)': Number(studio(name, 'normal', 'keystroke').toFixed(1)),
	};
}

const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
console.log(`\nMedians of ${runs} runs:`);
for (const cells of rows)
	console.log(cells.map((cell, column) => (column ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('   '));
console.log(
	`\n300 questions ÷ article: Check to paint ${ratio('check').toFixed(2)}×, keystroke to paint ${ratio('keystroke').toFixed(2)}×`,
);
console.log(`\nThe studio (medians of ${runs} runs):`);
for (const [name, figures] of Object.entries(results).filter(([key]) => key.startsWith('studio, '))) console.log(`  ${name.slice(8)}: ${JSON.stringify(figures)}`);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify({ date: new Date().toISOString(), runs, results }, null, '\t')}\n`);
console.log('Wrote bench/results.json.');

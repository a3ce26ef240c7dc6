// Checks every article and question bank without building the site: `npm run validate`.
// With `-- --report`, also prints each bank's questions by skill and type.
import { readContentFiles } from '../src/pipeline/load/content-files.ts';
import { coverageTable } from '../src/core/check/coverage.ts';
import { formatProblem, formatReport } from '../src/core/check/problem.ts';
import { buildContent } from '../src/core/content.ts';

const started = performance.now();
// The real content only; the test build adds its fixture site through the integration's options.
const roots = ['content'];
const { articles, banks, problems, warnings, pages } = buildContent(
	readContentFiles(roots, 'articles', '.md'),
	readContentFiles(roots, 'questions', '.yaml'),
);
const milliseconds = Math.round(performance.now() - started);
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

if (process.argv.includes('--report')) {
	for (const { file, bank } of banks) console.log(`${file}\n${coverageTable(bank)}\n`);
}
for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
if (problems.length) {
	console.error(formatReport(problems));
	process.exitCode = 1;
} else {
	const questions = banks.reduce((sum, { bank }) => sum + bank.questions.length, 0);
	console.log(
		`Content OK: ${count(articles.length, 'article')}, ${count(banks.length, 'bank')}, ${count(questions, 'question')} checked and ${count(pages.length, 'page model')} built in ${milliseconds} ms` +
			(warnings.length ? `, with ${count(warnings.length, 'warning')}.` : '.'),
	);
}

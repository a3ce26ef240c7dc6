// Checks every article and question bank without building the site: `npm run validate`. The checks are all it runs:
// a page model is only ever built from content that passed them, so building them here would find nothing more.
// With `-- --report`, also prints each bank's questions by skill and type.
import { readContentFiles } from '../src/pipeline/load/content-files.ts';
import { coverageTable } from '../src/core/check/coverage.ts';
import { formatProblem, formatReport } from '../src/core/check/problem.ts';
import { checkContent } from '../src/core/check/check-content.ts';

const started = performance.now();
// The real content only; the test build adds its fixture site through the integration's options.
const roots = ['content'];
const { articles, banks, problems, warnings } = checkContent(
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
		`Content OK: ${count(articles.length, 'article')}, ${count(banks.length, 'bank')}, ${count(questions, 'question')} checked in ${milliseconds} ms` +
			(warnings.length ? `, with ${count(warnings.length, 'warning')}.` : '.'),
	);
}

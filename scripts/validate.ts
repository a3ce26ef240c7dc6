// Checks every article and question bank without building the site: `npm run validate`.
import { checkContent } from '../src/content-check/check-content.ts';
import { contentRoots, readContentFiles } from '../src/content-check/content-files.ts';
import { formatReport } from '../src/content-check/problem.ts';

const started = performance.now();
const roots = contentRoots();
const { articles, banks, problems } = checkContent(
	readContentFiles(roots, 'articles', '.md'),
	readContentFiles(roots, 'questions', '.yaml'),
);
const milliseconds = Math.round(performance.now() - started);

if (problems.length) {
	console.error(formatReport(problems));
	process.exitCode = 1;
} else {
	const questions = banks.reduce((sum, { bank }) => sum + bank.questions.length, 0);
	const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
	console.log(
		`Content OK: ${count(articles.length, 'article')}, ${count(banks.length, 'bank')}, ${count(questions, 'question')} checked in ${milliseconds} ms.`,
	);
}

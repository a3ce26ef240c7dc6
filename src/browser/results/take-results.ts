/**
 * What the learner can take away: a results file, a results code and a printed slip. Loaded only once the quiz is
 * finished, so the article page's first load does not carry it.
 */
import type { PageData } from '../../island-props.ts';
import { quizFor } from '../stores/quiz.ts';
import { toResultsCode } from './code.ts';
import { resultsOf, type ResultsRecord } from './record.ts';
import { fillSlip } from './slip.ts';

export { toResultsCode };

export function currentResults(data: PageData, name: string, seed: string | null): ResultsRecord {
	return resultsOf(data.questions, quizFor(data.articleId).get(), {
		articleId: data.articleId,
		bankVersion: data.bankVersion,
		seed,
		name,
		now: Date.now(),
	});
}

/** Offers `text` as a file to save, through the browser's own download. */
export function download(fileName: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const fileSafe = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-|-$/g, '');

export function downloadResults(record: ResultsRecord): void {
	const who = fileSafe(record.name) || record.finished.slice(0, 10);
	download(`underline-results-${record.article}-${who}.json`, `${JSON.stringify(record, null, 2)}\n`);
}

/** Prints a one-page slip of the results: the page prints the slip alone while it is there (src/styles/print.css). */
export function printSlip(data: PageData, record: ResultsRecord): void {
	fillSlip(data, record);
	print();
}

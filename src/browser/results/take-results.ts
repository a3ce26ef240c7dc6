/**
 * What the learner can take away: a results file, a results code and a printed slip. Loaded only once the quiz is
 * finished, so the article page's first load does not carry it.
 */
import type { PageData } from '../../core/contract/page-data.ts';
import { downloadFile } from '../dom.ts';
import { quizFor } from '../stores/quiz.ts';
import { questionStatus } from '../quiz/phase.ts';
import { resultsOf, type ResultsRecord } from './record.ts';
import { fillSlip } from './slip.ts';

export function currentResults(data: PageData, name: string, seed: string | null): ResultsRecord {
	return resultsOf(data.questions, quizFor(data.articleId).get(), {
		articleId: data.articleId,
		bankRevision: data.bankRevision,
		seed,
		name,
		now: Date.now(),
	});
}

const fileSafe = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-|-$/g, '');

export function downloadResults(record: ResultsRecord): void {
	const who = fileSafe(record.name) || record.finished.slice(0, 10);
	downloadFile(`underline-results-${record.article}-${who}.json`, `${JSON.stringify(record, null, 2)}\n`, 'application/json');
}

/** Prints a one-page slip of the results: the page prints the slip alone while it is there (src/styles/print.css). */
export function printSlip(data: PageData, record: ResultsRecord): void {
	const state = quizFor(data.articleId).get();
	const statuses = data.questions.map((question) =>
		questionStatus(question, state.answers[question.id], { mode: state.mode, handedIn: state.submitted !== undefined }),
	);
	fillSlip(data, record, statuses);
	print();
}

import Papa from 'papaparse';
import { downloadFile } from '../dom.ts';
import { classWords as t, fill } from '../shared/messages.ts';
import type { ArticleTally } from './tally.ts';

/**
 * A CSV for a gradebook: one row per learner, with their score and each question right (1) or not (0), or the text
 * written for a written question; blank where their version of a question differs. Loaded only when the teacher asks for it; Papa Parse does the quoting.
 */
export function downloadCsv(articles: ArticleTally[]): void {
	const rows = articles.flatMap(({ article, learners }) =>
		learners.map(({ record, source, right, scored, duplicateOf, otherRevision }) => {
			const given = new Map(record.questions.map((question) => [question.id, question]));
			return {
				name: record.name,
				article: article.id,
				from: source,
				mode: t.modes[record.mode],
				version: record.seed ?? '',
				started: record.started,
				finished: record.finished,
				right,
				scored,
				percent: scored ? Math.round((right / scored) * 100) : '',
				note: duplicateOf ? fill(t.csvDuplicate, { source: duplicateOf }) : otherRevision ? t.csvOtherRevision : '',
				...Object.fromEntries(
					article.questions.map((question, index) => {
						const answer = given.get(question.id);
						// A written answer's cell is its text; a scored one's, 1 or 0.
						const cell =
							!answer || answer.version !== question.revision || answer.answer === null
								? ''
								: question.kind === 'none'
									? String(answer.answer)
									: answer.right
										? 1
										: 0;
						return [`Q${index + 1} ${question.id}`, cell];
					}),
				),
			};
		}),
	);
	const csv = Papa.unparse(rows, {
		// Each article has its own question columns; every row gets every column.
		columns: [...new Set(rows.flatMap((row) => Object.keys(row)))],
		// Names, file names and written answers are the learner's: a cell that a spreadsheet would run as a formula gets a
		// leading quote mark. Papa Parse's own pattern ends in `.*$`, which misses text with a line break after its
		// first line; this one looks at the first character alone.
		escapeFormulae: /^[=+\-@\t\r]/,
	});
	downloadFile(`underline-class-results-${new Date().toISOString().slice(0, 10)}.csv`, csv, 'text/csv');
}

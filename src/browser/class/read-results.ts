import { checkResults, type ResultsProblem } from '../results/check.ts';
import { fromResultsCode } from '../results/code.ts';
import type { ResultsRecord } from '../results/record.ts';

/** One thing a teacher added: the results it held, or why it could not be read. Named as the teacher knows it. */
export type ReadResult = { source: string; record: ResultsRecord } | { source: string; problem: ResultsProblem };

const read = (source: string, outcome: ResultsRecord | ResultsProblem): ReadResult =>
	'problem' in outcome ? { source, problem: outcome } : { source, record: outcome };

/** Reads a results file's text. */
export function readResultsFile(name: string, text: string): ReadResult {
	try {
		return read(name, checkResults(JSON.parse(text)));
	} catch {
		return { source: name, problem: { problem: 'not-json' } };
	}
}

/**
 * Reads pasted codes, one per line, as a spreadsheet column pastes them: blank lines are skipped, and quotes or a
 * trailing comma a spreadsheet adds are dropped. Each is named by `lineName` from its line's number.
 */
export function readResultsCodes(text: string, lineName: (line: number) => string): ReadResult[] {
	return text.split(/\r?\n/).flatMap((line, index) => {
		const code = line.trim().replace(/^["']|["',;]+$/g, '');
		return code ? [read(lineName(index + 1), fromResultsCode(code))] : [];
	});
}

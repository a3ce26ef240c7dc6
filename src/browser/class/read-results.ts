import { checkResults } from '../results/check.ts';
import { fromResultsCode } from '../results/code.ts';
import type { ResultsRecord } from '../results/record.ts';

/** One thing a teacher added: the results it held, or why it could not be read. Named as the teacher knows it. */
export type ReadResult = { source: string; record: ResultsRecord } | { source: string; problem: string };

const read = (source: string, outcome: ResultsRecord | string): ReadResult =>
	typeof outcome === 'string' ? { source, problem: outcome } : { source, record: outcome };

/** Reads a results file's text. */
export function readResultsFile(name: string, text: string): ReadResult {
	try {
		return read(name, checkResults(JSON.parse(text)));
	} catch {
		return { source: name, problem: 'it is not a results file (it does not read as JSON)' };
	}
}

/**
 * Reads pasted codes, one per line, as a spreadsheet column pastes them: blank lines are skipped, and quotes or a
 * trailing comma a spreadsheet adds are dropped.
 */
export function readResultsCodes(text: string): ReadResult[] {
	return text.split(/\r?\n/).flatMap((line, index) => {
		const code = line.trim().replace(/^["']|["',;]+$/g, '');
		return code ? [read(`The code on line ${index + 1}`, fromResultsCode(code))] : [];
	});
}

import type { ResultsQuestion, ResultsRecord } from './record.ts';

/** Why results could not be read; the class page says it in its own words (the catalogue's `classPage.script.problems`). */
export type ResultsProblem =
	| { problem: 'not-json' | 'not-results' | 'not-code' | 'mangled' | 'unpack' }
	| { problem: 'format'; version: string }
	| { problem: 'malformed'; fields: string[] };

const isText = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isTime = (value: unknown) => isText(value) && !Number.isNaN(Date.parse(value));
const isAnswer = (value: unknown) =>
	value === null || isText(value) || (Array.isArray(value) && value.every((part) => Number.isInteger(part) && part >= -1));

function isQuestion(value: unknown): value is ResultsQuestion {
	const question = value as Partial<ResultsQuestion> | null;
	return (
		typeof question === 'object' &&
		question !== null &&
		isText(question.id) &&
		isText(question.version) &&
		isText(question.skill) &&
		isAnswer(question.answer) &&
		(question.right === null || typeof question.right === 'boolean') &&
		isCount(question.tries)
	);
}

/**
 * Checks what a results file or code holds, field by field, and says what is wrong. Results come from
 * outside (a file a learner sent, a code pasted from a form), so nothing in them is trusted before this.
 */
export function checkResults(value: unknown): ResultsRecord | ResultsProblem {
	const record = value as Partial<ResultsRecord> | null;
	if (typeof record !== 'object' || record === null || record.kind !== 'underline-results') return { problem: 'not-results' };
	if (record.version !== 1) return { problem: 'format', version: String(record.version) };
	const wrong = [
		!isText(record.article) && 'article',
		!isText(record.bank) && 'bank',
		record.mode !== 'practice' && record.mode !== 'test' && 'mode',
		!(record.seed === null || isText(record.seed)) && 'seed',
		!isTime(record.started) && 'started',
		!isTime(record.finished) && 'finished',
		!isText(record.name) && 'name',
		!(Array.isArray(record.questions) && record.questions.every(isQuestion)) && 'questions',
	].filter((field): field is string => field !== false);
	return wrong.length ? { problem: 'malformed', fields: wrong } : (record as ResultsRecord);
}

/**
 * A learner's work on one article's quiz, as stored in the browser (see src/browser/stores/quiz.ts for where).
 *
 * Shape (version 2):
 *   { mode: 'practice' | 'test',
 *     answers: { [questionId]: AnswerRecord },
 *     submitted?: ms,   test mode: when the quiz was handed in; answers are frozen after it
 *     resetAt?: ms }    when the learner last started over; older answers from other tabs are dropped
 *
 * Version 1 stored `{ [questionId]: { option } }` for single-choice questions only; `fromVersion1` converts it.
 */
export type Mode = 'practice' | 'test';

export interface AnswerRecord {
	/** The answer as numbers (see `ScoringKind` in src/core/contract/page-data.ts): options or sentences chosen, row choices (-1 for none yet), an arrangement, or passages cited. */
	value: number[];
	/** Practice: the first answer checked, which is the one the score counts. */
	first?: number[];
	/** Practice: how many times the answer was checked; the learner gets one retry. */
	tries?: number;
	/** Practice: the learner asked to see the answer. */
	revealed?: true;
	/** open: the learner's text. */
	text?: string;
	/** open: the checklist points the learner says they covered. */
	covered?: number[];
	/** When it last changed (ms since the epoch), so that two tabs merge question by question, newest first. */
	at: number;
}

export interface QuizState {
	mode: Mode;
	answers: Record<string, AnswerRecord>;
	submitted?: number;
	resetAt?: number;
}

export const emptyState = (mode: Mode = 'practice', resetAt?: number): QuizState => ({ mode, answers: {}, resetAt });

// -1 stands for a row not answered yet (match, classify).
const isNumbers = (value: unknown): value is number[] =>
	Array.isArray(value) && value.every((item) => Number.isInteger(item) && item >= -1);
const isOptional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);
const isTime = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

function isAnswerRecord(value: unknown): value is AnswerRecord {
	const record = value as Partial<AnswerRecord> | null;
	return (
		typeof record === 'object' &&
		record !== null &&
		isNumbers(record.value) &&
		isOptional(record.first, isNumbers) &&
		isOptional(record.tries, (tries) => Number.isInteger(tries)) &&
		isOptional(record.revealed, (revealed) => revealed === true) &&
		isOptional(record.text, (text) => typeof text === 'string') &&
		isOptional(record.covered, isNumbers) &&
		isTime(record.at)
	);
}

/** True when `value` is a version 2 state; stored data is checked with this before it is used. */
export function isQuizState(value: unknown): value is QuizState {
	const state = value as Partial<QuizState> | null;
	return (
		typeof state === 'object' &&
		state !== null &&
		(state.mode === 'practice' || state.mode === 'test') &&
		typeof state.answers === 'object' &&
		state.answers !== null &&
		!Array.isArray(state.answers) &&
		Object.values(state.answers).every(isAnswerRecord) &&
		isOptional(state.submitted, isTime) &&
		isOptional(state.resetAt, isTime)
	);
}

/** Converts version 1 (single-choice answers only) to version 2, or says it cannot. */
export function fromVersion1(value: unknown): QuizState | undefined {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	const answers: Record<string, AnswerRecord> = {};
	for (const [id, answer] of Object.entries(value)) {
		const option = (answer as { option?: unknown } | null)?.option;
		if (!Number.isInteger(option) || (option as number) < 0) return undefined;
		answers[id] = { value: [option as number], first: [option as number], tries: 1, at: 0 };
	}
	return { mode: 'practice', answers };
}

/**
 * Merges what another tab stored with this tab's state: for each question the newest record wins, and
 * nothing older than the latest "start over" survives. The mode follows whichever side started over last.
 */
export function mergeStates(stored: QuizState, local: QuizState): QuizState {
	const resetAt = Math.max(stored.resetAt ?? 0, local.resetAt ?? 0) || undefined;
	const answers: Record<string, AnswerRecord> = {};
	for (const [id, record] of [...Object.entries(stored.answers), ...Object.entries(local.answers)]) {
		if (record.at < (resetAt ?? 0)) continue;
		if (!answers[id] || answers[id].at <= record.at) answers[id] = record;
	}
	const submitted = [stored.submitted, local.submitted].find((time) => time !== undefined && time >= (resetAt ?? 0));
	const mode = (stored.resetAt ?? 0) > (local.resetAt ?? 0) ? stored.mode : local.mode;
	return { mode, answers, submitted, resetAt };
}

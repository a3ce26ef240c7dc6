import type { z } from 'zod';

/**
 * Zod's default messages name types the way a programmer would ("expected string, received undefined").
 * This says the same things to an author. Messages written in the schemas themselves still win.
 */
export function readableIssue(issue: z.core.$ZodRawIssue): string | undefined {
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined ? 'is required' : `must be ${article(issue.expected)}`;
		case 'invalid_value':
			return issue.values.length === 1 ? `must be ${JSON.stringify(issue.values[0])}` : `must be one of ${list(issue.values)}`;
		case 'unrecognized_keys':
			return `unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
		case 'too_small':
			return limit('at least', issue.origin, Number(issue.minimum));
		case 'too_big':
			return limit('at most', issue.origin, Number(issue.maximum));
		case 'invalid_union':
			return Array.isArray(issue.options) && issue.options.length ? `must be one of ${list(issue.options)}` : undefined;
		default:
			return undefined;
	}
}

/** A length or size out of bounds, as an author would say it; an empty text is said to be empty. */
function limit(bound: 'at least' | 'at most', origin: string, count: number): string | undefined {
	if (origin === 'string') return bound === 'at least' && count === 1 ? 'is empty: write it in' : `must have ${bound} ${count} characters`;
	if (origin === 'array') return `must have ${bound} ${count} ${count === 1 ? 'entry' : 'entries'}`;
	if (origin === 'number') return `must be ${bound} ${count}`;
	return undefined;
}

function list(values: readonly unknown[]): string {
	return values.map((value) => JSON.stringify(value)).join(', ');
}

function article(type: string): string {
	return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

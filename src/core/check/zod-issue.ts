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
		case 'invalid_union':
			return Array.isArray(issue.options) && issue.options.length ? `must be one of ${list(issue.options)}` : undefined;
		default:
			return undefined;
	}
}

function list(values: readonly unknown[]): string {
	return values.map((value) => JSON.stringify(value)).join(', ');
}

function article(type: string): string {
	return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

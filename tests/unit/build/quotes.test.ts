import { describe, expect, test } from 'vitest';
import { findQuote } from '../../../src/build/text/quotes.ts';

describe('findQuote', () => {
	const text = 'Peskov said the presidents’ exchange is “daily”. The president said so too.';

	test('finds a quote and gives its offsets in the original text', () => {
		const [match] = findQuote(text, 'the presidents’ exchange');
		expect(match).toBeDefined();
		expect(text.slice(match!.start, match!.end)).toBe('the presidents’ exchange');
	});

	test('straight quotes typed by an author match typographic ones', () => {
		expect(findQuote(text, 'presidents\' exchange is "daily"')).toHaveLength(1);
	});

	test('runs of white space in the quote count as one space', () => {
		expect(findQuote(text, 'Peskov   said\nthe')).toHaveLength(1);
	});

	test('a quote must start and end on word boundaries', () => {
		expect(findQuote(text, 'resident')).toHaveLength(0);
		expect(findQuote(text, 'the president')).toHaveLength(0); // only "the presidents’" has it, cut mid-word
		expect(findQuote(text, 'The president')).toHaveLength(1);
	});

	test('every occurrence is reported, so the checker can reject ambiguous quotes', () => {
		expect(findQuote(text, 'said')).toHaveLength(2);
	});

	test('matching is case-sensitive, as the quote must be exact', () => {
		expect(findQuote(text, 'peskov said')).toHaveLength(0);
	});
});

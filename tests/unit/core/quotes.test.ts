import { describe, expect, test } from 'vitest';
import { closestText, findQuote } from '../../../src/core/text/quotes.ts';

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

describe('findQuote across typographic conventions', () => {
	/** The words of `text` that a match covers, as the page shows them. */
	const covered = (text: string, quote: string) => findQuote(text, quote).map(({ start, end }) => text.slice(start, end));

	test('every quote form matches straight quotes and the others', () => {
		const text = 'Песков назвал это «ёлочками», а он „лапками“ и ‚одиночными‘ и ‹угловыми›.';
		expect(covered(text, 'назвал это "ёлочками"')).toEqual(['назвал это «ёлочками»']);
		expect(covered(text, 'он "лапками"')).toEqual(['он „лапками“']);
		expect(covered(text, "и 'одиночными' и 'угловыми'")).toEqual(['и ‚одиночными‘ и ‹угловыми›']);
		expect(covered('He said “daily” twice.', 'said «daily»')).toEqual(['said “daily”']);
	});

	test('dashes and hyphens match each other, with or without the spaces around them', () => {
		const text = 'Putin, Lukashenko coordinate — Kremlin. A well–known case.';
		expect(covered(text, 'coordinate - Kremlin')).toEqual(['coordinate — Kremlin']);
		expect(covered(text, 'coordinate—Kremlin')).toEqual(['coordinate — Kremlin']);
		expect(covered(text, 'well-known')).toEqual(['well–known']);
	});

	test('non-breaking spaces match spaces, and ё matches е', () => {
		expect(covered('27\u00a0июня он заявил', '27 июня')).toEqual(['27\u00a0июня']);
		expect(covered('Всё ещё идёт', 'Все еще идет')).toEqual(['Всё ещё идёт']);
		expect(covered('Все еще идет', 'Всё ещё')).toEqual(['Все еще']);
	});

	test('composed and decomposed letters are the same, and offsets stay those of the page text', () => {
		const decomposed = 'Cafe\u0301 owner said \u0435\u0308лка.';
		expect(covered(decomposed, 'Café owner')).toEqual(['Cafe\u0301 owner']);
		expect(covered(decomposed, 'said елка')).toEqual(['said \u0435\u0308лка']);
		expect(covered('Café owner', 'Cafe\u0301 owner')).toEqual(['Café owner']);
	});
});

describe('closestText', () => {
	const text = 'В Кремле пресс-секретарь Песков заявил журналистам, что встреча прошла спокойно.';

	test('offers the words most like a quote that is not there, and the first word that differs', () => {
		expect(closestText(text, 'пресс-секретарь Песков сказал журналистам,')).toEqual({
			suggestion: '…пресс-секретарь Песков заявил журналистам,…',
			word: 3,
			differs: 'сказал',
		});
	});

	test('offers nothing when no stretch shares half the words', () => {
		expect(closestText(text, 'совсем другие слова здесь')).toBeUndefined();
	});
});

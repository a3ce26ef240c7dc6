import { describe, expect, test } from 'vitest';
import { bodyPosition, evidenceFromSelection } from '../../../src/core/text/evidence-from-selection.ts';
import { segmentSentences, type Passage } from '../../../src/core/text/passages.ts';

const passage = (text: string, language = 'en'): Passage => ({ ref: 2, anchor: 'p2', label: 'paragraph 2', text, sentences: segmentSentences(text, language) });
/** The evidence for the first occurrence of `selected` in the passage, as if the author had dragged over exactly it. */
const select = (text: string, selected: string, language = 'en') => {
	const start = text.indexOf(selected);
	return evidenceFromSelection(passage(text, language), start, start + selected.length, language);
};

describe('evidenceFromSelection', () => {
	const text = 'The ferry left at dawn. The harbour master said the ferry was late. Nobody minded.';

	test('a selection that starts or ends inside a word takes the whole word, and keeps the punctuation inside', () => {
		expect(select(text, 'arbour master said the fer')).toEqual({ passage: 2, quote: 'harbour master said the ferry', occurrences: 1, sentences: 1 });
	});

	test('spaces and punctuation at the edges are left out', () => {
		expect(select(text, ' dawn. ')?.quote).toBe('dawn');
	});

	test('words that occur twice in the passage are counted, so the studio can say so', () => {
		expect(select(text, 'ferry')).toMatchObject({ quote: 'ferry', occurrences: 2 });
	});

	test('a selection across a sentence end touches two sentences', () => {
		expect(select(text, 'late. Nobody')).toMatchObject({ quote: 'late. Nobody', sentences: 2 });
	});

	test('a selection of spaces or punctuation alone gives no evidence', () => {
		expect(select(text, '. ')).toBeUndefined();
	});

	test('Russian words are whole words by Russian rules', () => {
		expect(select('Паром ушёл на рассвете. Все были довольны.', 'ссвете. Вс', 'ru')).toMatchObject({ quote: 'рассвете. Все', sentences: 2 });
	});
});

describe('bodyPosition', () => {
	const body = 'First paragraph,\nwrapped.\n\n\n  Second   one here.\n\nThird.';

	test('counts paragraphs by blank lines, and offsets in the text as collapsed', () => {
		expect(bodyPosition(body, body.indexOf('wrapped'))).toEqual({ paragraph: 1, offset: 'First paragraph, '.length });
		expect(bodyPosition(body, body.indexOf('one'))).toEqual({ paragraph: 2, offset: 'Second '.length });
		expect(bodyPosition(body, body.indexOf('Third'))).toEqual({ paragraph: 3, offset: 0 });
	});
});

import { describe, expect, test } from 'vitest';
import { passagesOf, segmentSentences, splitParagraphs } from '../../../src/core/text/passages.ts';
import type { Article } from '../../../src/core/schema/article.ts';

const sentencesOf = (text: string, language = 'en', dateline?: string) =>
	segmentSentences(text, language, dateline).map(({ start, end }) => text.slice(start, end));

describe('segmentSentences', () => {
	test('a declared dateline stays inside the first sentence', () => {
		expect(sentencesOf('MOSCOW, June 27. /TASS/. Peskov spoke on Tuesday. He said more.', 'en', 'MOSCOW, June 27. /TASS/.')).toEqual([
			'MOSCOW, June 27. /TASS/. Peskov spoke on Tuesday.',
			'He said more.',
		]);
	});

	test('English: abbreviations and initials do not end a sentence', () => {
		expect(sentencesOf('The U.S. envoy met Gen. Smith in St. Louis. Mr. J.R.R. Tolkien wrote 2.5 books. It ended.')).toEqual([
			'The U.S. envoy met Gen. Smith in St. Louis.',
			'Mr. J.R.R. Tolkien wrote 2.5 books.',
			'It ended.',
		]);
	});

	test('Russian: a declared dateline, initials and abbreviations', () => {
		const text = 'МОСКВА, 27 июня. /ТАСС/. Об этом заявил А.Г. Лукашенко в г. Минске. Встреча прошла спокойно, т.е. без происшествий. Всё.';
		expect(sentencesOf(text, 'ru', 'МОСКВА, 27 июня. /ТАСС/.')).toEqual([
			'МОСКВА, 27 июня. /ТАСС/. Об этом заявил А.Г. Лукашенко в г. Минске.',
			'Встреча прошла спокойно, т.е. без происшествий.',
			'Всё.',
		]);
	});

	test('a language written without spaces is split by its own punctuation', () => {
		expect(sentencesOf('東京で会議が開かれた。首相が発言した。', 'ja')).toEqual(['東京で会議が開かれた。', '首相が発言した。']);
	});

	test('no dateline is guessed: without one declared, a dateline-like opening is left to the segmenter', () => {
		expect(sentencesOf('MOSCOW, June 27. /TASS/. Peskov spoke.')[0]).not.toContain('Peskov');
	});

	test('sentences cover the text, with the spaces between them left out', () => {
		expect(sentencesOf('One. Two?  Three!')).toEqual(['One.', 'Two?', 'Three!']);
	});
});

describe('passagesOf', () => {
	const article: Article = {
		title: 'A  headline',
		standfirst: 'A standfirst.',
		publisher: 'Desk',
		published: '2024-01-01',
		language: 'en',
		source: 'https://example.org/',
	};

	test('lists the headline, the standfirst and numbered paragraphs with their anchors', () => {
		const passages = passagesOf(article, 'First paragraph,\nsoftly wrapped.\n\n\nSecond paragraph.\n');
		expect(passages.map(({ ref, anchor, label, text }) => ({ ref, anchor, label, text }))).toEqual([
			{ ref: 'headline', anchor: 'headline', label: 'the headline', text: 'A headline' },
			{ ref: 'standfirst', anchor: 'standfirst', label: 'the standfirst', text: 'A standfirst.' },
			{ ref: 1, anchor: 'p1', label: 'paragraph 1', text: 'First paragraph, softly wrapped.' },
			{ ref: 2, anchor: 'p2', label: 'paragraph 2', text: 'Second paragraph.' },
		]);
	});

	test('splitParagraphs ignores blank blocks', () => {
		expect(splitParagraphs('\n\nOne.\n\n   \n\nTwo.')).toEqual(['One.', 'Two.']);
	});
});

import { describe, expect, test } from 'vitest';
import { passagesOf, segmentSentences, splitParagraphs } from '../../../src/build/text/passages.ts';
import type { Article } from '../../../src/schema/article.ts';

const sentencesOf = (text: string) => segmentSentences(text).map(({ start, end }) => text.slice(start, end));

describe('segmentSentences', () => {
	test('a dateline stays inside the first sentence', () => {
		expect(sentencesOf('MOSCOW, June 27. /TASS/. Peskov spoke on Tuesday. He said more.')).toEqual([
			'MOSCOW, June 27. /TASS/. Peskov spoke on Tuesday.',
			'He said more.',
		]);
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

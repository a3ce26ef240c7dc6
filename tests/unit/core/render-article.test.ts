import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { articleTree } from '../../../src/core/render/article.ts';
import type { Article } from '../../../src/core/schema/article.ts';
import { passagesOf } from '../../../src/core/text/passages.ts';

const article = {
	title: 'Ferry <b>late</b> again',
	publisher: 'Harbour "News"',
	published: '2024-05-02',
	language: 'en',
	source: 'https://example.org/ferry',
} as Article;
const body = 'The ferry left at dawn.  It was late <img src=x onerror=alert(1)>.\n\nNobody minded.';
const html = toHtml(articleTree({ article, passages: passagesOf(article, body), citedBy: { p2: [{ id: 'why', number: 3 }] } }));

describe('articleTree', () => {
	test('every string from the files is text: markup in a field or the body is escaped, never parsed', () => {
		expect(html).not.toMatch(/<b>|<img/);
		expect(html).toContain('Ferry &#x3C;b>late&#x3C;/b> again');
		expect(html).toContain('Harbour "News"');
	});

	test('each sentence has its anchor, and the text between sentences is kept, so quote offsets line up', () => {
		expect(html).toContain('<span id="p1-s1" data-sentence="1">The ferry left at dawn.</span> <span id="p1-s2" data-sentence="2">It was late');
		expect(html).toMatch(/<p class="paragraph" id="p2"><a class="paragraph-number" href="#p2" aria-label="Paragraph 2" lang="en">2<\/a>/);
	});

	test('a passage cited by a question links to it, hidden until the question is answered', () => {
		expect(html).toContain('<span class="cited-by" lang="en"><a href="#q-why" data-question="why" hidden>Question 3</a></span></p></article>');
	});
});

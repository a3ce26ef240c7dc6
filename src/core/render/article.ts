import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import * as hook from '../contract/hooks.ts';
import { mark } from '../contract/hooks.ts';
import { questionAnchor, sentenceAnchor } from '../contract/page-data.ts';
import { fill, pieces } from '../messages/format.ts';
import { interfaceLocale, messagesFor, type Locale } from '../messages/locales.ts';
import type { Article } from '../schema/article.ts';
import { formatCalendarDate } from '../text/calendar-date.ts';
import { directionOf } from '../text/direction.ts';
import { splitParagraphs, type Passage } from '../text/passages.ts';

/** What the article's markup is made from: the page model's article, passages and markers, and the interface's language. */
export interface ArticleRenderInput {
	article: Article;
	passages: Passage[];
	/** For each passage anchor, the questions that cite it. */
	citedBy: Record<string, { id: string; number: number }[]>;
	/**
	 * The interface's language, which the page's own words (source line, paragraph numbers) carry: by default the one
	 * the article's language has.
	 */
	locale?: Locale;
}

/**
 * The article as learners see it, as a tree (hast): the site's pages serialise it at build time
 * (src/components/ArticleText.astro) and the studio draws it in the browser, so both show the same markup. Every
 * string goes in as a text node or an attribute value, so nothing from a file can become markup.
 */
export function articleTree({ article, passages, citedBy, locale = interfaceLocale(article.language) }: ArticleRenderInput): Root {
	const t = messagesFor(locale);
	const markers = (passage: Passage, tag: 'p' | 'span' = 'span') => citedByMarkers(citedBy[passage.anchor] ?? [], tag, locale);
	// Several questions on one passage fold into one control after it, so a finished quiz does not clutter re-reading.
	const folded = (passage: Passage) => foldedMarkers(citedBy[passage.anchor] ?? [], locale);
	const [headline] = passages;
	const standfirst = passages.find((passage) => passage.ref === 'standfirst');
	const paragraphs = passages.filter((passage) => typeof passage.ref === 'number');
	const sourceLine = pieces(t.article.published).map((piece) =>
		typeof piece === 'string'
			? piece
			: piece.place === 'publisher'
				? h('span.publisher', { lang: article.language }, article.publisher)
				: h('time', { dateTime: article.published }, formatCalendarDate(article.published, t.intlLocale)),
	);
	return h(null, [
		article.background ? notes(hook.backgroundId, t.article.background, article.background) : [],
		h('article.article', { lang: article.language, dir: directionOf(article.language) }, [
			h('p.source-line', { lang: locale, dir: 'ltr' }, [
				...sourceLine,
				' ',
				h('a', { href: article.source, rel: 'external noreferrer' }, fill(t.article.readOriginal, { host: new URL(article.source).hostname })),
			]),
			...(headline ? [h('h1', { id: headline.anchor }, passageText(headline)), ...markers(headline, 'p'), ...folded(headline)] : []),
			...(standfirst ? [h('p.standfirst', { id: standfirst.anchor }, [passageText(standfirst), ...markers(standfirst)]), ...folded(standfirst)] : []),
			...paragraphs.flatMap((paragraph) => [
				h('p.paragraph', { id: paragraph.anchor }, [
					h('a.paragraph-number', { href: `#${paragraph.anchor}`, ariaLabel: fill(t.article.paragraph, { n: paragraph.ref }), lang: locale }, String(paragraph.ref)),
					' ',
					passageText(paragraph),
					...markers(paragraph),
				]),
				...folded(paragraph),
			]),
		]),
		article.about ? notes(hook.aboutSourceId, t.article.about, article.about, true) : [],
	]);
}

/**
 * A passage's words, each sentence in a span of its own (p5-s2) so evidence can point inside a paragraph. The text
 * between sentences is kept as it is, so the container's text is exactly the passage's text and quote offsets line up
 * in the page. On paper each sentence shows its number (src/styles/print.css), which the worksheet refers to.
 */
function passageText(passage: Passage): Element {
	const children: ElementContent[] = [];
	passage.sentences.forEach((sentence, index) => {
		const between = passage.text.slice(passage.sentences[index - 1]?.end ?? 0, sentence.start);
		if (between) children.push({ type: 'text', value: between });
		children.push(h('span', { id: sentenceAnchor(passage.anchor, index), ...mark(hook.sentence, index + 1) }, passage.text.slice(sentence.start, sentence.end)));
	});
	return h('span', mark(hook.passageText), children);
}

type Citing = { id: string; number: number }[];

/** Links from a passage to the questions that cite it: hidden until the question is answered, so they give nothing away. */
const citedByLinks = (questions: Citing, locale: Locale) =>
	questions.map(({ id, number }) =>
		h('a', { href: `#${questionAnchor(id)}`, ...mark(hook.citedBy, id), hidden: true }, fill(messagesFor(locale).quiz.question, { n: number })),
	);

/** The link of the one question that cites a passage, inside it (or after it, for the headline). */
const citedByMarkers = (questions: Citing, tag: 'p' | 'span', locale: Locale): Element[] =>
	questions.length === 1 ? [h(`${tag}.cited-by`, { lang: locale }, citedByLinks(questions, locale))] : [];

/** The links of several questions, folded into a disclosure after the passage, which shows once one of them does. */
const foldedMarkers = (questions: Citing, locale: Locale): Element[] =>
	questions.length > 1
		? [h('details.cited-by', { lang: locale }, [h('summary', messagesFor(locale).article.citedByFold), ...citedByLinks(questions, locale)])]
		: [];

/**
 * A panel of notes (background, or about the source), closed at first. Notes that teach what some questions ask are
 * kept closed and out of reach while a test runs (`closedInTest`).
 */
function notes(id: string, title: string, notes: NonNullable<Article['about']>, closedInTest = false): Element {
	return h('details.notes', { id, ...mark(hook.closedInTest, closedInTest) }, [
		h('summary', h('h2', title)),
		notes.map((note) => h('section', [h('h3', note.heading), splitParagraphs(note.text).map((paragraph) => h('p', paragraph))])),
	]);
}

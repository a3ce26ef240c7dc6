import type { Article } from '../schema/article.ts';
import type { PassageRef } from '../schema/evidence.ts';
import { passageAnchor } from '../contract/page-data.ts';
import { collapseSpaces } from './quotes.ts';
import { isFalseBreak } from './sentence-repairs.ts';

/** A citable part of the article: the headline, the standfirst or a numbered body paragraph. */
export interface Passage {
	/** How a bank refers to it: `headline`, `standfirst` or the paragraph's number. */
	ref: PassageRef;
	/** Its anchor in the page, such as `p5`. */
	anchor: string;
	/** How the reader hears it named, such as "paragraph 5". */
	label: string;
	/** Its text, with white space collapsed. */
	text: string;
	/** Its sentences as `[start, end)` offsets into `text`. */
	sentences: { start: number; end: number }[];
}

/** Body paragraphs are the blocks between blank lines; line breaks inside a block are soft, as in Markdown. */
export function splitParagraphs(body: string): string[] {
	return body
		.split(/\n\s*\n/)
		.map(collapseSpaces)
		.filter(Boolean);
}

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Sentence boundaries by the article's language: the Unicode rules, then the false breaks they make after
 * abbreviations and initials repaired (see sentence-repairs.ts). A declared dateline (the exact words that begin the
 * paragraph) stays inside the first sentence. Trailing spaces stay outside.
 */
export function segmentSentences(text: string, language = 'en', dateline?: string): { start: number; end: number }[] {
	let segmenter = segmenters.get(language);
	if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'sentence' })));
	const bodyStart = dateline && text.startsWith(dateline) ? dateline.length : 0;
	const sentences: { start: number; end: number }[] = [];
	for (const { index, segment } of segmenter.segment(text.slice(bodyStart))) {
		const start = bodyStart + index;
		const end = start + segment.trimEnd().length;
		const previous = sentences.at(-1);
		if (previous && isFalseBreak(text.slice(previous.start, previous.end), text.slice(start, end), language)) previous.end = end;
		else sentences.push({ start, end });
	}
	if (sentences.length > 0) sentences[0]!.start = 0;
	return sentences.filter((sentence) => sentence.end > sentence.start);
}

/** Every citable passage of an article, in reading order. */
export function passagesOf(article: Article, body: string): Passage[] {
	const passage = (ref: PassageRef, label: string, text: string): Passage => ({
		ref,
		anchor: passageAnchor(ref),
		label,
		text,
		sentences: segmentSentences(text, article.language, ref === 1 ? article.dateline : undefined),
	});
	return [
		passage('headline', 'the headline', collapseSpaces(article.title)),
		// Many agencies publish no standfirst; then there is no such passage to cite.
		...(article.standfirst ? [passage('standfirst', 'the standfirst', collapseSpaces(article.standfirst))] : []),
		...splitParagraphs(body).map((text, index) => passage(index + 1, `paragraph ${index + 1}`, text)),
	];
}

/** Finds the passage a bank refers to. */
export function findPassage(passages: Passage[], ref: PassageRef): Passage | undefined {
	return passages.find((passage) => passage.ref === ref);
}

/** The passages a highlight question offers sentences from, in reading order: those in `from`, or else those its evidence quotes. */
export function offeredPassages(question: { from?: PassageRef[]; evidence: { passage: PassageRef }[] }, passages: Passage[]): Passage[] {
	const refs = question.from ?? question.evidence.map((evidence) => evidence.passage);
	return passages.filter((passage) => refs.includes(passage.ref));
}

/** The index of the sentence that wholly contains `[start, end)`, if one does. */
export function sentenceOf(passage: Passage, { start, end }: { start: number; end: number }): number | undefined {
	const index = passage.sentences.findIndex((sentence) => sentence.start <= start && end <= sentence.end);
	return index === -1 ? undefined : index;
}

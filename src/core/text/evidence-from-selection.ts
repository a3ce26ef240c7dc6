import type { PassageRef } from '../schema/evidence.ts';
import type { Passage } from './passages.ts';
import { collapseSpaces, findQuote } from './quotes.ts';

/** What a selection in the article gives as evidence, and what the author should know before using it. */
export interface SelectedEvidence {
	passage: PassageRef;
	/** The selected words, stretched to whole words: the quote as the bank will hold it. */
	quote: string;
	/** How often the quote occurs in the passage, as the check counts it: more than once is a problem to fix. */
	occurrences: number;
	/** How many of the passage's sentences the quote touches: a highlight question's evidence must stay in one. */
	sentences: number;
}

const wordSegmenters = new Map<string, Intl.Segmenter>();

/**
 * The evidence that the characters `[start, end)` of a passage's text make: stretched outwards to whole words by the
 * language's own word rules (Intl.Segmenter), so a selection that begins or ends inside a word takes all of it.
 * Nothing when the selection holds no word.
 */
export function evidenceFromSelection(passage: Passage, start: number, end: number, language: string): SelectedEvidence | undefined {
	let segmenter = wordSegmenters.get(language);
	if (!segmenter) wordSegmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'word' })));
	const words = [...segmenter.segment(passage.text)].filter(
		({ index, segment, isWordLike }) => isWordLike && index < end && index + segment.length > start,
	);
	const [first] = words;
	const last = words.at(-1);
	if (!first || !last) return undefined;
	const from = first.index;
	const to = last.index + last.segment.length;
	return {
		passage: passage.ref,
		quote: passage.text.slice(from, to),
		occurrences: findQuote(passage.text, passage.text.slice(from, to)).length,
		sentences: passage.sentences.filter((sentence) => sentence.start < to && sentence.end > from).length,
	};
}

/**
 * Where a position in the article's text as typed (the body, with its blank lines and line breaks) falls among its
 * passages: the number of its paragraph, and the offset in that paragraph's text as the page shows it (white space
 * collapsed). So a selection made in the text field, by keyboard, gives evidence as one made in the preview does.
 */
export function bodyPosition(body: string, offset: number): { paragraph: number; offset: number } {
	const blocks = body.slice(0, offset).split(/\n\s*\n/);
	const before = blocks.slice(0, -1).filter((block) => collapseSpaces(block)).length;
	// A mark after the block's text keeps a space before the position from being trimmed away.
	return { paragraph: before + 1, offset: collapseSpaces(`${blocks.at(-1)!}\u0000`).length - 1 };
}

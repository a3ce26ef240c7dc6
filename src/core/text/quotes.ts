/**
 * Matching rules for evidence quotes. Authors type on a keyboard; articles carry typographic forms. Both sides are
 * folded before they are compared (see `fold`), and every folded character remembers where it came from, so a match
 * found in the folded text is turned back into offsets in the passage as the page shows it.
 */

/** Collapses every run of white space to one space, as a reader sees it. */
export function collapseSpaces(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

const doubleQuotes = /["«»„“”‟]/;
const singleQuotes = /['‚‘’‛‹›]/;
const dashes = /[-‐‑‒–—―−]/;
const wordCharacter = /[\p{L}\p{N}]/u;

/** Folded text, with the `[start, end)` of each of its characters in the original. */
interface Folded {
	text: string;
	from: { start: number; end: number }[];
}

/**
 * Folds text so that what a reader takes for the same words compares equal: Unicode NFC; every double quote form as
 * `"` and every single one as `'`; every dash and hyphen as `-`, without the spaces around it; any white space (the
 * non-breaking kinds too) as one space; ё as е.
 */
function fold(original: string): Folded {
	const folded: Folded = { text: '', from: [] };
	let skipSpace = false;
	// A base character and the marks on it are normalised together, so composed and decomposed letters fold alike.
	for (const { 0: cluster, index } of original.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
		const span = { start: index, end: index + cluster.length };
		for (let character of cluster.normalize('NFC')) {
			if (/\s/.test(character)) {
				if (skipSpace || folded.text.endsWith(' ')) continue;
				character = ' ';
			} else if (dashes.test(character)) {
				if (folded.text.endsWith(' ')) {
					folded.text = folded.text.slice(0, -1);
					folded.from.pop();
				}
				character = '-';
			} else if (doubleQuotes.test(character)) character = '"';
			else if (singleQuotes.test(character)) character = "'";
			else if (character === 'ё' || character === 'Ё') character = character === 'ё' ? 'е' : 'Е';
			skipSpace = character === '-';
			folded.text += character;
			folded.from.push(span);
		}
	}
	return folded;
}

/**
 * Each text is folded once, however often it is looked for or looked in: a bank quotes each passage many times, and
 * the leak check looks for every quoted phrase in every later question's evidence. The cache starts afresh when it
 * grows large, so an editor checking a draft at every keystroke does not keep every text it ever saw.
 */
const foldedTexts = new Map<string, Folded>();
function foldOnce(text: string): Folded {
	let folded = foldedTexts.get(text);
	if (!folded) {
		if (foldedTexts.size > 50_000) foldedTexts.clear();
		foldedTexts.set(text, (folded = fold(text)));
	}
	return folded;
}

/** Where `quote` occurs in `text` with a word boundary at both ends: a list of `[start, end)` offsets in `text`. */
export function findQuote(text: string, quote: string): { start: number; end: number }[] {
	const haystack = foldOnce(text);
	const needle = foldOnce(quote.trim()).text.trim();
	if (!needle) return [];
	const found: { start: number; end: number }[] = [];
	for (let start = haystack.text.indexOf(needle); start !== -1; start = haystack.text.indexOf(needle, start + 1)) {
		const end = start + needle.length;
		const cutsWordBefore = wordCharacter.test(needle[0]!) && wordCharacter.test(haystack.text[start - 1] ?? '');
		const cutsWordAfter = wordCharacter.test(needle.at(-1)!) && wordCharacter.test(haystack.text[end] ?? '');
		if (!cutsWordBefore && !cutsWordAfter) found.push({ start: haystack.from[start]!.start, end: haystack.from[end - 1]!.end });
	}
	return found;
}

/** The words of folded text, each with its `[start, end)` in the original. */
function words({ text, from }: Folded): { word: string; start: number; end: number }[] {
	return [...text.matchAll(/[^ ]+/g)].map(({ 0: word, index }) => ({
		word,
		start: from[index]!.start,
		end: from[index + word.length - 1]!.end,
	}));
}

/**
 * For a quote that is not in `text`: the stretch of `text` most like it, word for word, and the first of the quote's
 * words that differs, so the author sees what to fix. Nothing when no stretch shares at least half the quote's words.
 */
export function closestText(text: string, quote: string): { suggestion: string; word: number; differs: string } | undefined {
	const passage = words(foldOnce(text));
	const wanted = words(fold(quote.trim())).map(({ word }) => word);
	let best = { score: 0, start: 0 };
	for (let start = 0; start + wanted.length <= passage.length; start++) {
		const score = wanted.filter((word, index) => passage[start + index]!.word === word).length;
		if (score > best.score) best = { score, start };
	}
	if (best.score * 2 < wanted.length || best.score === wanted.length) return undefined;
	const stretch = passage.slice(best.start, best.start + wanted.length);
	const typed = quote.trim().split(/\s+/);
	const differsAt = wanted.findIndex((word, index) => stretch[index]!.word !== word);
	const before = best.start > 0 ? '…' : '';
	const after = best.start + wanted.length < passage.length ? '…' : '';
	return {
		suggestion: `${before}${text.slice(stretch[0]!.start, stretch.at(-1)!.end)}${after}`,
		word: differsAt + 1,
		// The author's own word where the words line up one for one; folding can join words at a dash.
		differs: (typed.length === wanted.length ? typed : wanted)[differsAt]!,
	};
}

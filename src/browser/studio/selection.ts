import { bodyPosition } from '../../core/text/evidence-from-selection';
import { findPassage, type Passage } from '../../core/text/passages';
import { collapseSpaces } from '../../core/text/quotes';

/** A selection within one passage: `[start, end)` in its text as the page shows it; or why there is none to use. */
export type PassageSelection = { passage: Passage; start: number; end: number } | { problem: 'none' | 'across' };

/** The length of a passage's text from its start to a point in the page. */
function offsetIn(container: Element, node: Node, offset: number): number {
	const range = document.createRange();
	range.setStart(container, 0);
	range.setEnd(node, offset);
	return range.toString().length;
}

/** What the author selected in the article's preview: the words of one passage, or why not. */
export function previewSelection(preview: HTMLElement, passages: Passage[]): PassageSelection | undefined {
	const selection = getSelection();
	if (!selection?.rangeCount || selection.isCollapsed || !preview.contains(selection.anchorNode)) return undefined;
	const range = selection.getRangeAt(0);
	// A selection of a whole element (a triple click on the headline) starts and ends at the element, outside its text.
	const textOf = (node: Node) => {
		const element = node instanceof Element ? node : node.parentElement;
		return element?.closest(`[${HOOK.passageText}]`) ?? element?.querySelector(`[${HOOK.passageText}]`);
	};
	const [startText, endText] = [textOf(range.startContainer), textOf(range.endContainer)];
	if (!startText || !endText) return { problem: 'none' };
	if (startText !== endText) return { problem: 'across' };
	// The passage's element carries its anchor (headline, standfirst, p5); the sentences inside carry their own.
	const passage = passages.find(({ anchor }) => anchor === startText.closest('[id]')?.id);
	if (!passage) return { problem: 'none' };
	return { passage, start: offsetIn(startText, range.startContainer, range.startOffset), end: offsetIn(startText, range.endContainer, range.endOffset) };
}

/**
 * What the author selected in one of the article's text fields, by keyboard or pointer: the headline, the standfirst or
 * the body, whose blank lines part the paragraphs.
 */
export function fieldSelection(
	field: HTMLInputElement | HTMLTextAreaElement,
	which: 'headline' | 'standfirst' | 'body',
	passages: Passage[],
): PassageSelection | undefined {
	const { selectionStart: start, selectionEnd: end, value } = field;
	if (start === null || end === null || start === end) return undefined;
	const found = (ref: Passage['ref'], from: number, to: number): PassageSelection => {
		const passage = findPassage(passages, ref);
		return passage ? { passage, start: from, end: to } : { problem: 'none' };
	};
	if (which !== 'body') {
		// The passage's text is the field's with its spaces collapsed: positions move by what collapsing took away before them.
		const at = (offset: number) => collapseSpaces(`${value.slice(0, offset)}\u0000`).length - 1;
		return found(which, at(start), at(end));
	}
	const [from, to] = [bodyPosition(value, start), bodyPosition(value, end)];
	return from.paragraph === to.paragraph ? found(from.paragraph, from.offset, to.offset) : { problem: 'across' };
}

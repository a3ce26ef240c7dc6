import type { EvidenceTarget } from '../quiz/quiz-question.ts';

/** Removes earlier evidence highlights, leaving their text as it was. */
function clearHighlights(): void {
	for (const mark of document.querySelectorAll('mark[data-evidence]')) {
		const parent = mark.parentNode!;
		mark.replaceWith(...mark.childNodes);
		parent.normalize();
	}
}

/**
 * Wraps the quoted words in `<mark>`, scrolls them into view and focuses them. The quote may cross
 * sentence elements, so each text node it touches gets its own mark. Only existing text is moved; no markup is parsed.
 */
export function showEvidence({ anchor, start, end }: EvidenceTarget): void {
	clearHighlights();
	const container = document.getElementById(anchor)?.querySelector('[data-passage-text]');
	if (!container) return;
	const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
	const marks: HTMLElement[] = [];
	let offset = 0;
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		const nodeStart = offset;
		offset += node.length;
		if (offset <= start || nodeStart >= end) continue;
		let text = node;
		if (start > nodeStart) text = text.splitText(start - nodeStart);
		if (end < offset) text.splitText(end - Math.max(start, nodeStart));
		const mark = document.createElement('mark');
		mark.dataset.evidence = '';
		text.replaceWith(mark);
		mark.append(text);
		marks.push(mark);
		walker.currentNode = mark;
	}
	const first = marks[0];
	if (!first) return;
	first.tabIndex = -1;
	history.replaceState(history.state, '', `#${anchor}`);
	// Smooth or instant scrolling is the stylesheet's choice, which respects reduced motion.
	first.scrollIntoView({ block: 'center' });
	first.focus({ preventScroll: true });
}

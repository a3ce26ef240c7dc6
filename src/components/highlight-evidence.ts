import type { EvidenceTarget } from '../quiz/quiz-question.ts';

/** Removes earlier evidence highlights and their way back, leaving the text as it was. */
function clearHighlights(): void {
	document.querySelector('.back-to-question')?.remove();
	for (const mark of document.querySelectorAll('mark[data-evidence]')) {
		const parent = mark.parentNode!;
		mark.replaceWith(...mark.childNodes);
		parent.normalize();
	}
}

/**
 * Wraps the quoted words in `<mark>`, scrolls them into view and focuses them, then offers a link back to
 * the question. The quote may cross sentence elements, so each text node it touches gets its own mark.
 * Only existing text is moved; no markup is parsed.
 */
export function showEvidence({ anchor, start, end }: EvidenceTarget, questionId: string, questionNumber: number): void {
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
	const back = document.createElement('a');
	back.className = 'back-to-question';
	back.href = `#q-${questionId}`;
	back.textContent = `Back to question ${questionNumber}`;
	container.after(back);
	first.tabIndex = -1;
	history.replaceState(history.state, '', `#${anchor}`);
	// Smooth or instant scrolling is the stylesheet's choice, which respects reduced motion.
	first.scrollIntoView({ block: 'center' });
	first.focus({ preventScroll: true });
}

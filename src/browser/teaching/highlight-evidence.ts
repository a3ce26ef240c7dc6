import { find, findAll } from '../shared/hooks.ts';
import { questionAnchor, type EvidenceTarget } from '../../core/contract/page-data.ts';
import { fill, t } from '../shared/messages.ts';

/** The evidence link last followed, where Back (or "Back to question N") puts focus again. */
let cameFrom: { link: HTMLElement; hash: string } | undefined;

// On hashchange rather than popstate: the browser's own move to the fragment comes between the two and would take focus.
addEventListener('hashchange', () => {
	if (!cameFrom || location.hash !== cameFrom.hash) return;
	const { link } = cameFrom;
	cameFrom = undefined;
	clearHighlights();
	link.scrollIntoView({ block: 'center' });
	link.focus({ preventScroll: true });
});

/** Removes earlier evidence highlights and their way back, leaving the text as it was. */
function clearHighlights(): void {
	find(HOOK.backToQuestion)?.remove();
	for (const mark of findAll(HOOK.evidence)) {
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
export function showEvidence({ anchor, start, end }: EvidenceTarget, questionId: string, questionNumber: number, from: HTMLElement): void {
	clearHighlights();
	const passage = document.getElementById(anchor);
	const container = passage && find(HOOK.passageText, undefined, passage);
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
		mark.setAttribute(HOOK.evidence, '');
		text.replaceWith(mark);
		mark.append(text);
		marks.push(mark);
		walker.currentNode = mark;
	}
	const first = marks[0];
	if (!first) return;
	const back = document.createElement('a');
	back.className = 'back-to-question';
	back.setAttribute(HOOK.backToQuestion, '');
	back.href = `#${questionAnchor(questionId)}`;
	back.textContent = fill(t.backToQuestion, { n: questionNumber });
	container.after(back);
	first.tabIndex = -1;
	// The browser's Back returns to the question: the current entry becomes the question's, and the quote gets its own.
	history.replaceState(history.state, '', `#${questionAnchor(questionId)}`);
	history.pushState(null, '', `#${anchor}`);
	cameFrom = { link: from, hash: `#${questionAnchor(questionId)}` };
	// Smooth or instant scrolling is the stylesheet's choice, which respects reduced motion.
	first.scrollIntoView({ block: 'center' });
	first.focus({ preventScroll: true });
}

import { slideAnchor, slidePosition } from '../core/contract/hooks.ts';
import { find, findAll } from './shared/hooks.ts';
import { fill, sheets } from './shared/messages.ts';

/**
 * The projector view's one script: shows one question at a time, filling the screen without the site's frame, and
 * lets the keyboard move between them (arrows, Page Up and Down, Home and End) and reveal the answer (A) and the
 * explanation (E), which come into view whole. A question left shows its answer hidden again when it comes back. The
 * place is kept in the address (`#slide-3`), so a reload or the Back button returns to it. Nothing is scored or stored.
 */
export function startProjector(): void {
	const slides = findAll(HOOK.slide);
	const nav = find(HOOK.presentNav)!;
	const position = find(HOOK.position, undefined, nav)!;
	const [previous, next] = findAll<HTMLButtonElement>(HOOK.step, undefined, nav) as [HTMLButtonElement, HTMLButtonElement];
	const current = () =>
		Math.max(
			0,
			slides.findIndex((slide) => !slide.hidden),
		);

	const show = (index: number, focus: boolean) => {
		slides.forEach((slide, at) => {
			slide.hidden = at !== index;
			if (slide.hidden) for (const reveal of findAll<HTMLDetailsElement>(HOOK.reveal, undefined, slide)) reveal.open = false;
		});
		position.textContent = fill(sheets.position, { n: index + 1, total: slides.length });
		previous.disabled = index === 0;
		next.disabled = index === slides.length - 1;
		if (focus) find(HOOK.prompt, undefined, slides[index])!.focus();
	};
	const fromAddress = () => {
		const position = slidePosition(location.hash);
		return position ? Math.min(Math.max(position - 1, 0), slides.length - 1) : 0;
	};
	/** Moves to a question: a key press takes the focus to its prompt, a button keeps it, on the other if it is now the end. */
	const go = (index: number, by?: HTMLButtonElement) => {
		if (index < 0 || index >= slides.length || index === current()) return;
		history.pushState(null, '', `#${slideAnchor(index + 1)}`);
		show(index, !by);
		if (by?.disabled) (by === next ? previous : next).focus();
	};

	for (const slide of slides) find(HOOK.prompt, undefined, slide)!.tabIndex = -1;
	nav.hidden = false;
	document.documentElement.classList.add('projecting');
	// An answer or explanation opened, by key or by click, comes into view whole where it can.
	for (const reveal of findAll<HTMLDetailsElement>(HOOK.reveal))
		reveal.addEventListener('toggle', () => reveal.open && reveal.scrollIntoView({ block: 'nearest' }));
	previous.addEventListener('click', () => go(current() - 1, previous));
	next.addEventListener('click', () => go(current() + 1, next));
	addEventListener('popstate', () => show(fromAddress(), true));
	addEventListener('keydown', (event) => {
		if (event.altKey || event.ctrlKey || event.metaKey || (event.target as Element).closest('input, textarea, select')) return;
		const step = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 }[event.key];
		const to = { Home: 0, End: slides.length - 1 }[event.key] ?? (step && current() + step);
		if (to !== undefined) {
			event.preventDefault();
			go(to);
			return;
		}
		const reveal = find<HTMLDetailsElement>(HOOK.reveal, event.key.toLowerCase(), slides[current()]);
		if (reveal) reveal.open = !reveal.open;
	});
	show(fromAddress(), false);
}

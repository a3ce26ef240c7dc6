const controls = 'input:not(:disabled), select:not(:disabled), button:not(:disabled), textarea:not(:disabled), a[href]';

/**
 * Moves focus to the first control in `container`, with the container scrolled into view: used where the control
 * the learner just pressed is gone or far away, so focus never falls back to the top of the page.
 */
export function focusFirstControl(container: Element | null | undefined): void {
	// The first one shown: a row of match or classify has a select and radio buttons, of which the layout shows one.
	const control = [...(container?.querySelectorAll<HTMLElement>(controls) ?? [])].find((element) => element.getClientRects().length);
	if (!control) return;
	container!.scrollIntoView({ block: 'start' });
	control.focus({ preventScroll: true });
}

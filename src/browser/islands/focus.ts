const controls = 'input:not(:disabled), select:not(:disabled), button:not(:disabled), textarea:not(:disabled), a[href]';

/**
 * Moves focus to the first control in `container`, with the container scrolled into view: used where the control
 * the learner just pressed is gone or far away, so focus never falls back to the top of the page.
 */
export function focusFirstControl(container: Element | null | undefined): void {
	const control = container?.querySelector<HTMLElement>(controls);
	if (!control) return;
	container!.scrollIntoView({ block: 'start' });
	control.focus({ preventScroll: true });
}

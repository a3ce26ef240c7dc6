const controls = 'input:not(:disabled), select:not(:disabled), button:not(:disabled), textarea:not(:disabled), a[href]';

/**
 * Moves focus to the first control shown in `container`, or to `container` itself where it is one (a row of match or
 * classify as a select), with the container scrolled into view: used where the control the learner just pressed is
 * gone or far away, so focus never falls back to the top of the page.
 */
export function focusFirstControl(container: Element | null | undefined): void {
	const candidates = container?.matches(controls)
		? [container as HTMLElement]
		: [...(container?.querySelectorAll<HTMLElement>(controls) ?? [])];
	const control = candidates.find((element) => element.getClientRects().length);
	if (!control) return;
	container!.scrollIntoView({ block: 'start' });
	control.focus({ preventScroll: true });
}

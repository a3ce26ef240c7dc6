import { createSignal } from 'solid-js';

/**
 * How many of the quiz's questions are built, from the first. The ones the learner is at come first, the rest a slice
 * at a time while the browser is idle: building a whole bank at once held the first question's paint back by the cost
 * of every other one, and made the load's tasks long in proportion to the bank.
 */
const [built, setBuilt] = createSignal(0);
export { built };

/** Builds every question up to the one at `place` now: one about to show (the learner's place, a link, Next). */
export function buildThrough(place: number): void {
	if (built() <= place) setBuilt(place + 1);
}

let building = false;

/** Builds the questions that are not built yet, in slices of about 8 ms between the browser's other work. */
export function buildRest(total: number): void {
	if (building) return;
	building = true;
	// A page busy for long still gets its questions: the timeout makes the browser run a slice anyway.
	const idle = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 100 }) : setTimeout(run, 16));
	const slice = () => {
		const end = performance.now() + 8;
		while (built() < total && performance.now() < end) setBuilt(built() + 1);
		if (built() < total) idle(slice);
	};
	idle(slice);
}

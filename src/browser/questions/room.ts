import { createSignal, onCleanup, onMount, type Accessor } from 'solid-js';

const reports = new Map<Element, (width: number) => void>();
let observer: ResizeObserver | undefined;

/**
 * Whether an element is at least `rems` wide, followed as it resizes: a container query that decides what is built,
 * not only what shows, so a layout that does not show costs no elements. It is measured as soon as it is in the page,
 * before anything paints or scrolls to it, so what is built first is what stays; one observer follows every element.
 */
export function useRoom(rems: number): [roomy: Accessor<boolean>, watch: (element: HTMLElement) => void] {
	const [roomy, setRoomy] = createSignal(false);
	const watch = (element: HTMLElement) => {
		const report = (width: number) => setRoomy(width >= rems * parseFloat(getComputedStyle(document.documentElement).fontSize));
		onMount(() => report(element.clientWidth));
		observer ??= new ResizeObserver((entries) => {
			for (const entry of entries) reports.get(entry.target)?.(entry.contentBoxSize[0]!.inlineSize);
		});
		reports.set(element, report);
		observer.observe(element);
		onCleanup(() => (observer!.unobserve(element), reports.delete(element)));
	};
	return [roomy, watch];
}

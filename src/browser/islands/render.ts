import type { Component } from 'solid-js';
import { createComponent, render } from 'solid-js/web';

/**
 * Astro's client renderer for our Solid islands. Every island is `client:only`: it renders once in the browser, with
 * props that never change, and hydrates no server HTML. So, unlike the general Solid renderer, it does not wrap the
 * props in a `solid-js/store` (createStore and reconcile, about 2.8 KB gzip) for later updates that never come.
 */
export default (element: HTMLElement) => (island: Component<Record<string, unknown>>, props: Record<string, unknown>) => {
	if (!element.hasAttribute('ssr')) return;
	// What the page shows until the island runs (a count, a worksheet) gives way to the island.
	element.replaceChildren();
	const dispose = render(() => createComponent(island, props), element);
	element.addEventListener('astro:unmount', dispose, { once: true });
};

import type { Component } from 'solid-js';
import { createComponent, render } from 'solid-js/web';

/**
 * Astro's client renderer for our Solid islands. Every island is `client:only`: it renders once in the browser, with
 * props that never change, and hydrates no server HTML. So, unlike the general Solid renderer, it does not wrap the
 * props in a `solid-js/store` (createStore and reconcile, about 2.8 KB gzip) for later updates that never come.
 */
export default (element: HTMLElement) => (island: Component<Record<string, unknown>>, props: Record<string, unknown>) => {
	if (!element.hasAttribute('ssr')) return;
	// What the page shows until the island runs (a count, a worksheet) sits just before it, outside it, so that Astro
	// does not carry a second copy for a fallback slot; it gives way once the island is there.
	// Astro may put its island scripts and styles in between.
	let fallback = element.previousElementSibling;
	while (fallback instanceof HTMLScriptElement || fallback instanceof HTMLStyleElement) fallback = fallback.previousElementSibling;
	if (fallback?.hasAttribute('data-island-fallback')) fallback.remove();
	const dispose = render(() => createComponent(island, props), element);
	element.addEventListener('astro:unmount', dispose, { once: true });
};

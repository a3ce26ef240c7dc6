import type { Hook } from '../../core/contract/hooks';

/** The selector for a hook, or for a hook with a given value. */
export const select = (hook: Hook, value?: string | number) => (value === undefined ? `[${hook}]` : `[${hook}="${value}"]`);

/**
 * Finding the page's markup hooks (src/core/contract/hooks.ts) from a script: the first element with a hook, or with
 * the hook at a value, and all of them. Values are read and set with getAttribute and setAttribute on the hook's name.
 */
export const find = <E extends Element = HTMLElement>(hook: `data-${string}`, value?: string | number, root: ParentNode = document) =>
	root.querySelector<E>(select(hook, value));

export const findAll = <E extends Element = HTMLElement>(hook: `data-${string}`, value?: string | number, root: ParentNode = document) => [
	...root.querySelectorAll<E>(select(hook, value)),
];

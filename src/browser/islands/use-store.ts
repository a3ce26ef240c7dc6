import type { ReadableAtom } from 'nanostores';
import { from, type Accessor } from 'solid-js';

/**
 * A nanostore as a Solid accessor, through Solid's own `from()` for external stores.
 *
 * Not `@nanostores/solid`: its `useStore` reconciles each new value into the previous one in place, which
 * mutates objects still held by the nanostore (an answer's first attempt was overwritten by its retry).
 * Values here are replaced, never mutated, so a plain signal is all that is needed.
 */
export function useStore<T>(store: ReadableAtom<T>): Accessor<T> {
	return from(store, store.get());
}

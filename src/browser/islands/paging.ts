import { persistentAtom } from '@nanostores/persistent';
import { createSignal, type Accessor } from 'solid-js';
import '../stores/storage';
import { useStore } from './use-store';

/**
 * How the questions show below the side-by-side width (src/components/ArticleReading.astro), where the article and the
 * questions follow one another: one at a time, or all in a list. The learner's choice, kept in this browser for every
 * article; one at a time until they choose, since the list is dozens of screens long on a phone.
 */
export const $view = persistentAtom<'one' | 'all'>('underline:view', 'one');

const narrowQuery = matchMedia('(width < 64rem)');
/** Whether the page is narrower than the side-by-side layout: a phone, or a tablet held upright. */
const [narrow, setNarrow] = createSignal(narrowQuery.matches);
narrowQuery.addEventListener('change', (event) => setNarrow(event.matches));
export { narrow };

/** Whether the questions come one at a time now: on a narrow page, unless the learner chose the list. */
export function usePaged(): Accessor<boolean> {
	const view = useStore($view);
	return () => narrow() && view() === 'one';
}

/**
 * The question the learner is at, by its place in the list: the one shown when they go one at a time. The list view
 * moves it too (focus in a question, its "Next question"), so switching views keeps their place.
 */
export const [current, setCurrent] = createSignal(0);

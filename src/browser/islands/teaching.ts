import { createSignal } from 'solid-js';
import type { Teaching } from '../../core/contract/page-data';
import type * as TaughtModule from '../teaching/Taught';
import { pageData } from './page-data';

const [teaching, setTeaching] = createSignal<Record<string, Teaching>>();
const [view, setView] = createSignal<typeof TaughtModule.default>();
const [passages, setPassages] = createSignal<typeof TaughtModule.CitedPassages>();
const [failed, setFailed] = createSignal(false);
let loading: Promise<void> | undefined;
let failures = 0;

/**
 * Loads what the questions teach, once: its own module (see the page's `teachingUrl`) and the view that shows it
 * (../teaching/), both kept out of the first load, which carries only the article and the questions. Called when the learner first touches the quiz, and
 * whenever feedback is due; a failed load is tried again then, at an address of its own (`?retry=N`), since a browser
 * may keep a failed import() of an address as failed for as long as the page is open.
 */
export function loadTeaching(): void {
	if (loading) return;
	// Resolved against the page, not this module: a course package keeps it beside the page.
	const url = new URL(pageData().teachingUrl, document.baseURI);
	if (failures) url.searchParams.set('retry', String(failures));
	const { teaching: inPage } = pageData();
	loading = Promise.all([inPage ? { default: inPage } : import(/* @vite-ignore */ url.href), import('../teaching/Taught')]).then(
		([module, taught]: [{ default: Record<string, Teaching> }, typeof TaughtModule]) => {
			setTeaching(module.default);
			setView(() => taught.default);
			setPassages(() => taught.CitedPassages);
			setFailed(false);
		},
		() => {
			loading = undefined;
			failures++;
			setFailed(true);
		},
	);
}

/** What a question teaches, once loaded. */
export const teachingOf = (id: string) => teaching()?.[id];

/** The view of what a judged question teaches, once loaded. */
export const taughtView = view;

/** The view of a question's cited passages, once loaded: it comes with the view above. */
export const passagesView = passages;

/** Whether the last load failed: the feedback says so instead of staying silent, until a later try succeeds. */
export const teachingFailed = failed;

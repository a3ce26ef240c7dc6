import { createSignal } from 'solid-js';
import type { Teaching } from '../../core/contract/page-data';
import { pageData } from './page-data';

const [teaching, setTeaching] = createSignal<Record<string, Teaching>>();
const [failed, setFailed] = createSignal(false);
let loading: Promise<void> | undefined;
let failures = 0;

/**
 * Loads what the questions teach, once: its own module (see the page's `teachingUrl`), kept out of the page so that
 * the first load carries only the article and the questions. Called when the learner first touches the quiz, and
 * whenever feedback is due; a failed load is tried again then, at an address of its own (`?retry=N`), since a browser
 * may keep a failed import() of an address as failed for as long as the page is open.
 */
export function loadTeaching(): void {
	if (loading) return;
	// Resolved against the page, not this module: a course package keeps it beside the page.
	const url = new URL(pageData().teachingUrl, document.baseURI);
	if (failures) url.searchParams.set('retry', String(failures));
	loading = import(/* @vite-ignore */ url.href).then(
		(module: { default: Record<string, Teaching> }) => {
			setTeaching(module.default);
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

/** Whether the last load failed: the feedback says so instead of staying silent, until a later try succeeds. */
export const teachingFailed = failed;

import { createSignal } from 'solid-js';
import type { Teaching } from '../../island-props';
import { pageData } from './page-data';

const [teaching, setTeaching] = createSignal<Record<string, Teaching>>();
const [failed, setFailed] = createSignal(false);
let loading: Promise<void> | undefined;

/**
 * Loads what the questions teach, once: its own module (see the page's `teachingUrl`), kept out of the page so that
 * the first load carries only the article and the questions. Called when the learner first touches the quiz, and
 * whenever feedback is due; a failed load can be tried again.
 */
export function loadTeaching(): void {
	// Resolved against the page, not this module: a course package keeps it beside the page.
	loading ??= import(/* @vite-ignore */ new URL(pageData().teachingUrl, document.baseURI).href).then(
		(module: { default: Record<string, Teaching> }) => {
			setTeaching(module.default);
			setFailed(false);
		},
		() => {
			loading = undefined;
			setFailed(true);
		},
	);
}

/** What a question teaches, once loaded. */
export const teachingOf = (id: string) => teaching()?.[id];

/** Whether the last load failed: the feedback says so instead of staying silent, until a later try succeeds. */
export const teachingFailed = failed;

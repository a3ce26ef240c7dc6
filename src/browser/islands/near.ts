import { createSignal } from 'solid-js';
import { questionAnchor } from '../../core/contract/page-data';

/**
 * Whether the quiz has come within a screen of the view, or a link has named one of its questions. Its questions'
 * code (src/browser/questions/) loads then: a reader still in the article has no use for it.
 */
const [near, setNear] = createSignal(false);
const [views, setViews] = createSignal<typeof import('../questions')>();
const [failed, setFailed] = createSignal(false);
let loading = false;

export { near };
/** The questions' code, once loaded. */
export const questionViews = views;
/** Whether the questions' code could not load: the quiz says so, rather than stay empty. */
export const questionsFailed = failed;

/** Whether the address links to one of the questions. */
export const isQuestionLink = () => location.hash.startsWith(`#${questionAnchor('')}`);

/** Brings the quiz near: its questions' code starts to load, unless it is loading or loaded. */
export function bringNear(): void {
	setNear(true);
	if (loading || views()) return;
	loading = true;
	import('../questions')
		.then(
			({ Question, Pager }) => (setViews({ Question, Pager }), setFailed(false)),
			() => setFailed(true),
		)
		.finally(() => (loading = false));
}

/**
 * Watches the quiz's section from the start of the page's script, before the islands mount, so that the questions'
 * code is on its way while they do, and the quiz knows whether it is near without measuring the page.
 */
export function watchQuiz(section: Element): void {
	if (isQuestionLink()) return bringNear();
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			bringNear();
		},
		{ rootMargin: '100% 0px' },
	);
	observer.observe(section);
}

import { findAll } from '../shared/hooks';
import { createComputed, createEffect, createMemo, For, onCleanup, onMount, Show, untrack } from 'solid-js';
import { questionAnchor } from '../../core/contract/page-data';
import { packageMode } from '../lms/find-course';
import type { Mode } from '../quiz/state';
import { startingPlace } from '../quiz/place';
import { handedInFor, modeFor, quizFor, startOver, summaryFor } from '../stores/quiz';
import { focusFirstControl } from './focus';
import { pageData, variantSeed } from './page-data';
import { loadTeaching } from './teaching';
import { $view, current, narrow, setCurrent, usePaged } from './paging';
import { bringNear, isQuestionLink, near, questionsFailed, questionViews } from './near';
import { buildRest, buildThrough, built } from './progressive';
import { recordSignals } from './records';
import { useStore } from './use-store';
import { fill, t } from '../shared/messages';

/**
 * A teacher's link with `&lock` hides the mode switch: a convenience for a class, not a control. A course package
 * sets its mode (the `courseMode` hook), and the switch is hidden too.
 */
const modeLocked = () => new URL(location.href).searchParams.has('lock') || !!packageMode();

/** The id of the question the address links to, if any. */
const linkedQuestion = () => (isQuestionLink() ? location.hash.slice(1 + questionAnchor('').length) : '');

/**
 * The article's questions and the choice of mode. Rendered in the browser only, so saved answers show from the first
 * frame. The questions themselves are rendered once they come within a screen of the view, or when a link points
 * at one: far below the fold, they would only slow the page's start.
 */
export default function Quiz() {
	const { articleId, questions } = pageData();
	const $quiz = quizFor(articleId);
	// Each question follows its own record, the mode and the hand-in, so answering one re-renders that one only.
	const record = recordSignals($quiz);
	const mode = useStore(modeFor(articleId));
	const handedIn = useStore(handedInFor(articleId));
	const summary = useStore(summaryFor(articleId, questions));
	const paged = usePaged();
	let list!: HTMLOListElement;
	const card = (place: number) => list.children[place];
	/** Makes the question holding `target` the current one. */
	const settleAt = (target: EventTarget | null) => {
		const place = [...list.children].indexOf((target as Element).closest('.questions > li')!);
		if (place >= 0) setCurrent(place);
	};
	setCurrent(
		startingPlace(
			questions.map((question) => question.id),
			(id) => !!$quiz.get().answers[id],
			linkedQuestion(),
		),
	);
	// Once the quiz is near and its questions' code has loaded, the questions build: first the learner's own, and in the
	// list the two after it that share its screen; then the rest while the browser is idle. Moving on builds the
	// question moved to, if it is not there yet. Before the render, so that a question a link names is there to scroll
	// to when the questions first show.
	createComputed(() => questionViews() && buildThrough(current() + (paged() ? 0 : 2)));
	createEffect(() => questionViews() && buildRest(questions.length));
	const builtQuestions = createMemo(() => questions.slice(0, built()));

	/** One at a time: shows the question at `place` with its top in view; past the last question, the results. */
	const go = (place: number) => {
		if (place === questions.length) return document.getElementById(HOOK.resultsHeadingId)?.focus();
		setCurrent(place);
		// When the pager sticks, the question's top is under it or above the view.
		const pager = list.previousElementSibling!;
		if (list.getBoundingClientRect().top < pager.getBoundingClientRect().bottom) card(place)!.scrollIntoView();
	};
	/** Switching views keeps the learner at their question, with focus in it. */
	const switchView = () => {
		$view.set(paged() ? 'all' : 'one');
		focusFirstControl(card(current()));
	};
	// Whether a question has been checked at least once (an answer is revealed only after a first try); no question, yes.
	const answered = (id: string | undefined) => id === undefined || !!record(id)?.tries;
	// The markers in the article that link each passage to the questions citing it: shown once the question is
	// answered in practice, and only after handing in a test. A part A's markers point at its part B's answer, so they
	// wait for part B as well. One effect goes through them all: an effect for each cost a 300-question bank (795
	// markers) about 50 ms of a slow phone's mount. It follows the summary, new at every change to the quiz, and reads
	// the records untracked: following 300 records cost a 300-question page's Check about 1 ms of letting go of their
	// subscriptions and taking them again. The mode and the hand-in have stores of their own, which may change after
	// the summary does, so it follows them too.
	const partB = new Map(questions.map((question) => [question.id, question.heldUntil]));
	const markers = findAll(HOOK.citedBy);
	const cited = (marker: HTMLElement) => marker.getAttribute(HOOK.citedBy)!;
	// The page numbers questions in the bank's order; a version by seed has its own.
	const numbers = variantSeed && new Map(questions.map((question, index) => [question.id, index + 1]));
	if (numbers) for (const marker of markers) marker.textContent = fill(t.question, { n: numbers.get(cited(marker))! });
	createEffect(() => {
		const hiddenUntil = mode() === 'test' ? !handedIn() : undefined;
		summary();
		untrack(() => {
			for (const marker of markers) {
				const id = cited(marker);
				const hidden = hiddenUntil ?? (!answered(id) || !answered(partB.get(id)));
				// Written only when it changes: all are hidden as the page is built.
				if (marker.hidden !== hidden) marker.hidden = hidden;
			}
		});
	});

	/** Switching mode starts over, so it asks first when there are answers to lose. Returns whether it switched. */
	const switchMode = (next: Mode) =>
		next === mode() ||
		((!Object.keys($quiz.get().answers).length || confirm(fill(t.switchMode, { mode: t.modes[next] }))) &&
			(startOver(articleId, next), true));

	onMount(() => {
		// For measuring: the moment the quiz can take answers (see `npm run bench`).
		performance.mark('underline:interactive');
		// A teacher's link such as ?mode=test sets the mode, asking before it discards any answers. Once asked, the
		// parameter leaves the address whatever the answer, so a reload does not ask again. The others stay as written:
		// URLSearchParams would write `&lock` back as `&lock=`.
		const url = new URL(location.href);
		const asked = url.searchParams.get('mode');
		if (asked !== null) {
			if (asked === 'practice' || asked === 'test') switchMode(asked);
			const others = url.search
				.slice(1)
				.split('&')
				.filter((part) => part && !/^mode(=|$)/.test(part));
			url.search = others.join('&');
			history.replaceState(history.state, '', url);
		}

		// Find in page and links to a question reveal it when it is hidden (hidden="until-found"), as its current one.
		list.addEventListener('beforematch', (event) => settleAt(event.target));
		const onHash = () => {
			if (!isQuestionLink()) return;
			bringNear();
			// A question not built yet when the link was followed had nothing for the browser to scroll to.
			const place = questions.findIndex((question) => question.id === linkedQuestion());
			if (place < built()) return;
			setCurrent(place);
			document.getElementById(location.hash.slice(1))?.scrollIntoView();
		};
		addEventListener('hashchange', onHash);
		onCleanup(() => removeEventListener('hashchange', onHash));
	});

	// Once the questions are there, a link to one of them can land on it.
	createEffect(() => questionViews() && isQuestionLink() && document.getElementById(location.hash.slice(1))?.scrollIntoView());

	createEffect(() => {
		const testRunning = mode() === 'test' && !handedIn();
		// Notes that teach what some questions ask stay closed and out of reach while a test runs.
		for (const panel of findAll<HTMLDetailsElement>(HOOK.closedInTest)) {
			if (testRunning) panel.open = false;
			panel.hidden = testRunning;
		}
	});

	return (
		<>
			<Show when={!modeLocked()} fallback={<p class="note">{fill(t.modeLocked, { mode: t.modes[mode()] })}</p>}>
				<fieldset class="mode">
					<legend>{t.mode}</legend>
					<For each={['practice', 'test'] as const}>
						{(option) => (
							<label class="option">
								<input
									type="radio"
									name="mode"
									value={option}
									checked={mode() === option}
									onChange={(event) => {
										// Declined: the radio of the mode still in force takes the check back.
										if (!switchMode(option))
											event.currentTarget.closest('fieldset')!.querySelector<HTMLInputElement>(`[value=${mode()}]`)!.checked = true;
									}}
								/>{' '}
								{option === 'practice' ? t.practiceOption : t.testOption}
							</label>
						)}
					</For>
				</fieldset>
			</Show>
			<Show when={variantSeed}>
				<p class="note">{fill(t.variant, { seed: variantSeed! })}</p>
			</Show>
			<p class="actions">
				<Show when={narrow()}>
					<button type="button" class="secondary" onClick={switchView}>
						{paged() ? t.showAll : t.oneAtATime}
					</button>
				</Show>
				<button type="button" class="secondary" onClick={() => print()}>
					{t.print}
				</button>
			</p>
			<Show when={paged() && questionViews()} keyed>
				{(views) => <views.Pager total={questions.length} summary={summary()} go={go} />}
			</Show>
			<Show when={questionsFailed()}>
				<p role="alert">{t.questionsFailed}</p>
			</Show>
			{/* The first touch of the quiz fetches what the questions teach, so feedback is there when it is due. */}
			{/* Busy while the questions are being built, so assistive technology can wait for the whole list. */}
			<ol
				class="questions"
				aria-busy={near() && !questionsFailed() && built() < questions.length}
				ref={list}
				onPointerDown={loadTeaching}
				onFocusIn={(event) => (loadTeaching(), settleAt(event.target))}
			>
				<Show when={questionViews()} keyed>
					{(views) => (
						<For each={builtQuestions()}>
							{(question, index) => (
								<li hidden={paged() && index() !== current() ? 'until-found' : undefined}>
									<views.Question
										articleId={articleId}
										number={index() + 1}
										question={question}
										record={record(question.id)}
										mode={mode()}
										handedIn={handedIn()}
										partBTried={answered(question.heldUntil)}
									/>
								</li>
							)}
						</For>
					)}
				</Show>
			</ol>
		</>
	);
}

import { useStore } from './use-store';
import { createEffect, For, onMount } from 'solid-js';
import type { IslandQuestion } from '../../island-props';
import type { Mode } from '../quiz/state';
import { quizFor, startOver } from '../stores/quiz';
import Question from './Question';

interface Props {
	articleId: string;
	questions: IslandQuestion[];
}

/** The article's questions and the choice of mode. Rendered in the browser only, so saved answers show from the first frame. */
export default function Quiz(props: Props) {
	const $quiz = quizFor(props.articleId);
	const partB = new Map(props.questions.flatMap((question) => (question.heldUntil ? [[question.id, question.heldUntil]] : [])));
	const state = useStore($quiz);

	/** Switching mode starts over, so it asks first when there are answers to lose. Returns whether it switched. */
	const switchMode = (mode: Mode) =>
		mode === state().mode ||
		((!Object.keys(state().answers).length || confirm(`Switch to ${mode} mode? Your answers to this article will be cleared.`)) &&
			(startOver(props.articleId, mode), true));

	// A teacher's link such as ?mode=test sets the mode, asking before it discards any answers. Once asked, the
	// parameter leaves the address whatever the answer, so a reload does not ask again.
	onMount(() => {
		const url = new URL(location.href);
		const mode = url.searchParams.get('mode');
		if (mode === 'practice' || mode === 'test') switchMode(mode);
		if (!url.searchParams.has('mode')) return;
		url.searchParams.delete('mode');
		history.replaceState(history.state, '', url);
	});

	createEffect(() => {
		const { answers, mode, submitted } = state();
		const testRunning = mode === 'test' && !submitted;
		// The markers in the article that link each passage to the questions citing it: shown once the question is
		// answered in practice, and only after handing in a test.
		const answered = (id: string | undefined) => id === undefined || !!answers[id]?.tries || !!answers[id]?.revealed;
		for (const marker of document.querySelectorAll<HTMLElement>('[data-question]')) {
			const id = marker.dataset.question!;
			// A part A's markers point at its part B's answer, so they wait for part B as well.
			marker.hidden = mode === 'test' ? !submitted : !answered(id) || !answered(partB.get(id));
		}
		// Notes that teach what some questions ask stay closed and out of reach while a test runs.
		for (const panel of document.querySelectorAll<HTMLDetailsElement>('[data-closed-in-test]')) {
			if (testRunning) panel.open = false;
			panel.hidden = testRunning;
		}
	});

	return (
		<>
			<fieldset class="mode">
				<legend>Mode</legend>
				<For each={['practice', 'test'] as const}>
					{(mode) => (
						<label class="option">
							<input
								type="radio"
								name="mode"
								value={mode}
								checked={state().mode === mode}
								onChange={(event) => {
									// Declined: the radio of the mode still in force takes the check back.
									if (!switchMode(mode))
										event.currentTarget.closest('fieldset')!.querySelector<HTMLInputElement>(`[value=${state().mode}]`)!.checked = true;
								}}
							/>{' '}
							{mode === 'practice' ? 'Practice: feedback after each question' : 'Test: feedback after handing in'}
						</label>
					)}
				</For>
			</fieldset>
			<ol class="questions">
				<For each={props.questions}>
					{(question, index) => (
						<li>
							<Question articleId={props.articleId} number={index() + 1} question={question} state={state()} />
						</li>
					)}
				</For>
			</ol>
		</>
	);
}

import { createEffect, createSignal, onCleanup, Show } from 'solid-js';
import type { HighlightIsland } from '../../island-props';
import type { BodyProps } from './body';
import Choices from './Choices';
import { articleText } from './page-data';

const [activeQuestion, setActiveQuestion] = createSignal<string>();

/**
 * Choose the sentences that show something: from the list here, or, once "Select in the article" is on,
 * by clicking the sentences in the article itself. Only one question at a time makes the article selectable,
 * and only while its answer can change: once locked, the article's sentences are inert.
 */
export default function Highlight(props: BodyProps<HighlightIsland>) {
	const active = () => activeQuestion() === props.question.id && props.editable;
	const sentences = () => props.question.sentenceIds.map((id) => document.getElementById(id));

	createEffect(() => {
		const value = props.value;
		sentences().forEach((sentence, index) => {
			sentence?.toggleAttribute('data-selectable', active());
			sentence?.toggleAttribute('data-selected', active() && value.includes(index));
		});
	});

	// Only the question that has the article selectable listens to clicks in it: a listener per question would run
	// every one of them on every click.
	createEffect(() => {
		if (!active()) return;
		const pick = (event: MouseEvent) => {
			const index = sentences().findIndex((sentence) => sentence?.contains(event.target as Node));
			if (index !== -1)
				props.setValue(props.value.includes(index) ? props.value.filter((other) => other !== index) : [...props.value, index]);
		};
		document.addEventListener('click', pick);
		onCleanup(() => document.removeEventListener('click', pick));
	});

	return (
		<>
			<Show when={props.editable}>
				<button
					type="button"
					class="secondary"
					aria-pressed={active()}
					onClick={() => setActiveQuestion(active() ? undefined : props.question.id)}
				>
					Select in the article
				</button>
			</Show>
			<Choices {...props} parts={props.question.sentenceIds.map(articleText)} several />
		</>
	);
}

import { createEffect, createSignal, onCleanup, Show } from 'solid-js';
import type { HighlightIsland } from '../../island-props';
import type { BodyProps } from './body';
import Choices from './Choices';
import { articleText } from './page-data';
import { t } from '../messages';

const [activeQuestion, setActiveQuestion] = createSignal<string>();

/**
 * Choose the sentences that show something: from the list here, or, once "Select in the article" is on, in the article
 * itself, where each offered sentence becomes a toggle button (click, or Enter or Space). Only one question at a time
 * makes the article selectable, and only while its answer can change: once locked, the article's sentences are inert.
 */
export default function Highlight(props: BodyProps<HighlightIsland>) {
	const active = () => activeQuestion() === props.question.id && props.editable;
	const sentences = () => props.question.sentenceIds.map((id) => document.getElementById(id));

	createEffect(() => {
		const value = props.value;
		sentences().forEach((sentence, index) => {
			if (!sentence) return;
			const on = active();
			sentence.toggleAttribute('data-selectable', on);
			sentence.toggleAttribute('data-selected', on && value.includes(index));
			if (on) {
				sentence.setAttribute('role', 'button');
				sentence.setAttribute('aria-pressed', String(value.includes(index)));
				sentence.tabIndex = 0;
			} else for (const name of ['role', 'aria-pressed', 'tabindex']) sentence.removeAttribute(name);
		});
	});

	// Only the question that has the article selectable listens in it: a listener per question would run every one of
	// them on every click.
	createEffect(() => {
		if (!active()) return;
		const pick = (event: Event) => {
			if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
			const index = sentences().findIndex((sentence) => sentence?.contains(event.target as Node));
			if (index === -1) return;
			event.preventDefault();
			props.setValue(props.value.includes(index) ? props.value.filter((other) => other !== index) : [...props.value, index]);
		};
		document.addEventListener('click', pick);
		document.addEventListener('keydown', pick);
		onCleanup(() => (document.removeEventListener('click', pick), document.removeEventListener('keydown', pick)));
	});

	return (
		<>
			<Show when={props.editable}>
				<button
					type="button"
					class="secondary"
					aria-pressed={active()}
					onClick={() => {
						setActiveQuestion(active() ? undefined : props.question.id);
						// The passage comes into view with its first sentence focused, ready to select by keyboard.
						const first = active() && sentences()[0];
						if (first) {
							first.scrollIntoView({ block: 'center' });
							first.focus({ preventScroll: true });
						}
					}}
				>
					{t.selectInArticle}
				</button>
			</Show>
			<Choices {...props} parts={props.question.sentenceIds.map(articleText)} several />
		</>
	);
}

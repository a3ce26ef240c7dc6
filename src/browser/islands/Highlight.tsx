import { createEffect, createMemo, createSignal, onCleanup, Show } from 'solid-js';
import type { HighlightIsland } from '../../core/contract/page-data';
import type { BodyProps } from './body';
import Choices from './Choices';
import { articleText } from './page-data';
import { count, fill, t } from '../shared/messages';

const [activeQuestion, setActiveQuestion] = createSignal<string>();
/**
 * Which question made each sentence selectable. Several highlight questions offer the same sentences, so a question
 * giving the article up must leave alone what the question taking it over has set, in whatever order they run.
 */
const offeredBy = new WeakMap<Element, string>();

/**
 * Choose the sentences that show something: from the list here, or, once "Select in the article" is on, in the article
 * itself, where each offered sentence becomes a toggle button (click, or Enter or Space). Only one question at a time
 * makes the article selectable, and only while its answer can change: once locked, the article's sentences are inert.
 * While it is on, a bar after the offered passages counts the choice and leads back to Check ("Done", or Escape).
 */
export default function Highlight(props: BodyProps<HighlightIsland>) {
	const id = () => props.question.id;
	// A memo, so that the article is marked again only when this changes, not whenever the record does: marking again
	// takes each sentence's tab stop away for a moment, and with it the focus of the sentence just pressed.
	const active = createMemo(() => activeQuestion() === id() && props.editable);
	const sentences = () => props.question.sentenceIds.map((anchor) => document.getElementById(anchor)!);
	let toggle!: HTMLButtonElement;

	// A checked or handed-in question gives the article up, so a retry does not find it selectable unasked.
	createEffect(() => !props.editable && activeQuestion() === id() && setActiveQuestion(undefined));

	/** Back to the question, at its Check button (or the toggle, where there is none). */
	const finish = () => {
		setActiveQuestion(undefined);
		const target = toggle.form?.querySelector<HTMLButtonElement>('button[type=submit]') ?? toggle;
		target.scrollIntoView({ block: 'center' });
		target.focus({ preventScroll: true });
	};

	createEffect(() => {
		if (!active()) return;
		const offered = sentences();
		for (const sentence of offered) {
			offeredBy.set(sentence, id());
			sentence.toggleAttribute(HOOK.selectable, true);
			sentence.setAttribute('role', 'button');
			sentence.tabIndex = 0;
		}
		const bar = (
			<div class="selecting-bar" role="group" aria-label={t.selectInArticle}>
				<span>{count(t.selecting, props.value.length, { question: props.number })}</span>
				<button type="button" onClick={finish}>
					{fill(t.doneSelecting, { question: props.number })}
				</button>
			</div>
		) as HTMLElement;
		// Right after the last offered passage, so Tab reaches it straight from the sentences.
		offered.at(-1)!.closest('article > *')!.after(bar);
		onCleanup(() => {
			bar.remove();
			for (const sentence of offered) {
				if (offeredBy.get(sentence) !== id()) continue;
				offeredBy.delete(sentence);
				for (const name of [HOOK.selectable, HOOK.selected, 'role', 'aria-pressed', 'tabindex']) sentence.removeAttribute(name);
			}
		});
	});

	createEffect(() => {
		if (!active()) return;
		sentences().forEach((sentence, index) => {
			const chosen = props.value.includes(index);
			sentence.toggleAttribute(HOOK.selected, chosen);
			sentence.setAttribute('aria-pressed', String(chosen));
		});
	});

	// Only the question that has the article selectable listens in it: a listener per question would run every one of
	// them on every click.
	createEffect(() => {
		if (!active()) return;
		const pick = (event: Event) => {
			if (event instanceof KeyboardEvent && event.key === 'Escape') return finish();
			if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
			const index = sentences().findIndex((sentence) => sentence.contains(event.target as Node));
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
					ref={toggle}
					type="button"
					class="secondary"
					aria-pressed={active()}
					onClick={() => {
						setActiveQuestion(active() ? undefined : id());
						// The passage comes into view with its first sentence focused, ready to select by keyboard.
						if (!active()) return;
						const first = sentences()[0]!;
						first.scrollIntoView({ block: 'center' });
						first.focus({ preventScroll: true });
					}}
				>
					{t.selectInArticle}
				</button>
			</Show>
			<Choices {...props} parts={props.question.sentenceIds.map(articleText)} several />
		</>
	);
}

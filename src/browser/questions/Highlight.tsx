import { createEffect, createMemo, createSignal, Show, untrack } from 'solid-js';
import type { HighlightIsland } from '../../core/contract/page-data';
import type { selectInArticle } from '../highlight/select-in-article';
import type { BodyProps } from './body';
import Choices from './Choices';
import { articleText } from '../islands/page-data';
import { t } from '../shared/messages';
import { find, select } from '../shared/hooks';

const [activeQuestion, setActiveQuestion] = createSignal<string>();
const [selecting, setSelecting] = createSignal<typeof selectInArticle>();
let loading: Promise<void> | undefined;
/** The code that makes the article selectable, loaded as the button is reached; a failed load is tried again at the next. */
const loadSelecting = () =>
	(loading ??= import('../highlight/select-in-article').then(
		(module) => void setSelecting(() => module.selectInArticle),
		() => void (loading = undefined),
	));

/**
 * Choose the sentences that show something: from the list here, or, once "Select in the article" is on, in the article
 * itself (../highlight/select-in-article.tsx). Only one question at a time makes the article selectable, and only
 * while its answer can change: once locked, the article's sentences are inert.
 */
export default function Highlight(props: BodyProps<HighlightIsland>) {
	const id = () => props.question.id;
	// A memo, so that the article is marked again only when this changes, not whenever the record does: marking again
	// takes each sentence's tab stop away for a moment, and with it the focus of the sentence just pressed.
	const active = createMemo(() => activeQuestion() === id() && props.editable);
	// Pressed only once the article can be selected: a click on a sentence before its code is here would be lost.
	const pressed = () => active() && selecting() !== undefined;
	const sentences = () => props.question.sentenceIds.map((anchor) => document.getElementById(anchor)!);
	let toggle!: HTMLButtonElement;

	// A checked or handed-in question gives the article up, so a retry does not find it selectable unasked.
	createEffect(() => !props.editable && activeQuestion() === id() && setActiveQuestion(undefined));

	/** Back to the question, at its Check button (or the toggle, where there is none). */
	const finish = () => {
		setActiveQuestion(undefined);
		const target = find<HTMLButtonElement>(HOOK.checkButton, undefined, toggle.closest(select(HOOK.questionCard))!) ?? toggle;
		target.scrollIntoView({ block: 'center' });
		target.focus({ preventScroll: true });
	};

	// Once its code is here, every highlight question follows the article's selection, each while it is the active one.
	createEffect(() => {
		const follow = selecting();
		untrack(() =>
			follow?.({
				id: id(),
				number: props.number,
				active,
				sentences,
				value: () => props.value,
				setValue: (value) => props.setValue(value),
				finish,
			}),
		);
	});

	return (
		<>
			<Show when={props.editable}>
				<button
					ref={toggle}
					type="button"
					class="secondary"
					aria-pressed={pressed()}
					// Fetched as the learner reaches the button, so it is there by the press.
					onFocus={loadSelecting}
					onPointerDown={loadSelecting}
					onClick={() => {
						setActiveQuestion(pressed() ? undefined : id());
						void loadSelecting();
					}}
				>
					{t.selectInArticle}
				</button>
			</Show>
			<Choices {...props} parts={props.question.sentenceIds.map(articleText)} several />
		</>
	);
}

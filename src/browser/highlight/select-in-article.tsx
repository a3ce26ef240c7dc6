import { createEffect, onCleanup, type Accessor } from 'solid-js';
import { count, fill, t } from '../shared/messages';

/** What the article needs to know of the highlight question that makes it selectable. */
export interface Selecting {
	id: string;
	number: number;
	/** Whether this question has the article selectable now. */
	active: Accessor<boolean>;
	/** The sentences it offers, in its order. */
	sentences: () => HTMLElement[];
	value: () => number[];
	setValue: (value: number[]) => void;
	/** Back to the question: "Done", or Escape. */
	finish: () => void;
}

/**
 * Which question made each sentence selectable. Several highlight questions offer the same sentences, so a question
 * giving the article up must leave alone what the question taking it over has set, in whatever order they run.
 */
const offeredBy = new WeakMap<Element, string>();

/**
 * Makes the article selectable for a highlight question while it is active: each offered sentence becomes a toggle
 * button (click, or Enter or Space), and a bar after the offered passages counts the choice and leads back. Loaded
 * as the learner reaches "Select in the article", since most learners never press it.
 */
export function selectInArticle(question: Selecting): void {
	createEffect(() => {
		if (!question.active()) return;
		const offered = question.sentences();
		for (const sentence of offered) {
			offeredBy.set(sentence, question.id);
			sentence.toggleAttribute(HOOK.selectable, true);
			sentence.setAttribute('role', 'button');
			sentence.tabIndex = 0;
		}
		const bar = (
			<div class="selecting-bar" role="group" aria-label={t.selectInArticle}>
				<span>{count(t.selecting, question.value().length, { question: question.number })}</span>
				<button type="button" onClick={question.finish}>
					{fill(t.doneSelecting, { question: question.number })}
				</button>
			</div>
		) as HTMLElement;
		// Right after the last offered passage, so Tab reaches it straight from the sentences.
		offered.at(-1)!.closest('article > *')!.after(bar);
		// Room at the foot of the view for the bar (Highlight.css).
		document.documentElement.classList.add('selecting');
		// The passage comes into view with its first sentence focused, ready to select by keyboard.
		offered[0]!.scrollIntoView({ block: 'center' });
		offered[0]!.focus({ preventScroll: true });
		onCleanup(() => {
			bar.remove();
			// The question taking the article over may have added its bar already.
			document.documentElement.classList.toggle('selecting', !!document.querySelector('.selecting-bar'));
			for (const sentence of offered) {
				if (offeredBy.get(sentence) !== question.id) continue;
				offeredBy.delete(sentence);
				for (const name of [HOOK.selectable, HOOK.selected, 'role', 'aria-pressed', 'tabindex']) sentence.removeAttribute(name);
			}
		});
	});

	createEffect(() => {
		if (!question.active()) return;
		question.sentences().forEach((sentence, index) => {
			const chosen = question.value().includes(index);
			sentence.toggleAttribute(HOOK.selected, chosen);
			sentence.setAttribute('aria-pressed', String(chosen));
		});
	});

	// Only the question that has the article selectable listens in it: a listener per question would run every one of
	// them on every click.
	createEffect(() => {
		if (!question.active()) return;
		const pick = (event: Event) => {
			if (event instanceof KeyboardEvent && event.key === 'Escape') return question.finish();
			if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
			const index = question.sentences().findIndex((sentence) => sentence.contains(event.target as Node));
			if (index === -1) return;
			event.preventDefault();
			const value = question.value();
			question.setValue(value.includes(index) ? value.filter((other) => other !== index) : [...value, index]);
		};
		document.addEventListener('click', pick);
		document.addEventListener('keydown', pick);
		onCleanup(() => (document.removeEventListener('click', pick), document.removeEventListener('keydown', pick)));
	});
}

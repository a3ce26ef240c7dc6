import { findAll } from '../shared/hooks';
import { createComponent, createEffect, createMemo, createSignal, Show, untrack, type Component } from 'solid-js';
import { questionAnchor, type IslandQuestion } from '../../core/contract/page-data';
import { isWritten, questionPhase } from '../quiz/phase';
import { offersPassages } from '../quiz/reading-aid';
import { emptyRows } from '../quiz/score';
import type { AnswerRecord, Mode } from '../quiz/state';
import { count, fill, t } from '../shared/messages';
import { startArrangement } from '../shared/variants';
import { checkAnswer, compareAnswer, keepAnswer } from '../stores/quiz';
import type { BodyProps } from './body';
import Choices from './Choices';
import { focusFirstControl } from '../islands/focus';
import Highlight from './Highlight';
import Open from './Open';
import Order from './Order';
import { pageData, questionLanguage, variantSeed } from '../islands/page-data';
import { narrow } from '../islands/paging';
import QuestionFeedback from './QuestionFeedback';
import Rows from './Rows';
import { loadTeaching, passagesView, teachingOf } from '../islands/teaching';

/** The body of each type; `several` tells Choices whether more than one option may be chosen. */
const views = { single: Choices, multiple: Choices, highlight: Highlight, order: Order, match: Rows, classify: Rows, open: Open };

interface Props {
	articleId: string;
	number: number;
	question: IslandQuestion;
	/** This question's stored answer, and what decides how it is judged: nothing else of the quiz's state. */
	record: AnswerRecord | undefined;
	mode: Mode;
	handedIn: boolean;
	/** Part A of a two-part item: whether its part B has been answered. */
	partBTried: boolean;
}

/** One question of any type: its body, its Check, and its feedback. What it may show and allow is its phase (quiz/phase.ts). */
export default function Question(props: Props) {
	const [retrying, setRetrying] = createSignal(false);
	const [nudge, setNudge] = createSignal('');
	const [reading, setReading] = createSignal(false);
	let feedback!: HTMLDivElement;
	let fieldset!: HTMLFieldSetElement;

	const q = () => props.question;
	// A question's type never changes, so its view is picked once; each view takes the variant of its own type.
	const View = untrack(() => views[props.question.type]) as Component<
		BodyProps & { several: boolean; text: string; setText: (text: string) => void }
	>;
	const moment = () => ({ mode: props.mode, handedIn: props.handedIn, retrying: retrying(), partBTried: props.partBTried });
	// The verdict always comes from the stored, scored answer, never from what is on screen.
	const phase = createMemo(() => questionPhase(q(), props.record, moment()));
	// Every change is kept at once, so nothing given is lost on a reload; in practice it counts only once checked.
	// Until the learner moves anything, an order question's answer is the order it is shown in (its version's).
	const value = () => props.record?.value ?? (q().kind === 'order' ? startArrangement(variantSeed, q().id, q().key) : []);
	createEffect(() => (phase().done || phase().firstWrong) && loadTeaching());

	const setValue = (next: number[]) => {
		if (!phase().editable) return;
		setNudge('');
		keepAnswer(props.articleId, q().id, { value: next });
	};

	/** Why Check cannot be done yet, with focus on the first empty row where there is one; nothing when it can. */
	const notReady = () => {
		if (isWritten(q())) return props.mode === 'practice' && (!props.record?.text?.trim() || !value().length) ? t.writeFirst : '';
		const empty = emptyRows(q(), value());
		if (empty.length) focusFirstControl(findAll(HOOK.row, undefined, fieldset)[empty[0]!]);
		return empty.length ? count(t.rowsLeft, empty.length) : value().length ? '' : t.chooseFirst;
	};

	const check = () => {
		const reason = notReady();
		setNudge(reason);
		if (reason) return;
		if (isWritten(q())) compareAnswer(props.articleId, q().id);
		else checkAnswer(props.articleId, q().id, value());
		setRetrying(false);
		// The button just pressed is gone now, so focus moves to what it produced instead of falling to the page.
		feedback.focus();
	};

	// Enter on a choice checks it, as implicit submission did while each card was a form. A card is not a form: Chromium
	// reads every form on a page again for autofill once forms are added, and a long bank, built a slice at a time,
	// set off pass after pass over all the forms built so far: 6.3 s of the main thread at 4× CPU for 300 questions.
	const checkOnEnter = (event: KeyboardEvent) => {
		if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement) || !phase().canCheck) return;
		event.preventDefault();
		check();
	};

	return (
		<div class="question" id={questionAnchor(q().id)} ref={(card) => card.setAttribute(HOOK.questionCard, '')} onKeyDown={checkOnEnter}>
			<fieldset ref={fieldset} disabled={!phase().editable}>
				<legend>
					{fill(t.questionNumber, { n: props.number })}{' '}
					{questionLanguage() ? <span lang={questionLanguage()}>{q().prompt}</span> : q().prompt}
				</legend>
				<View
					question={q()}
					number={props.number}
					value={value()}
					setValue={setValue}
					editable={phase().editable}
					done={phase().done}
					feedback={teachingOf(q().id)?.feedback ?? []}
					several={q().type === 'multiple'}
					text={props.record?.text ?? ''}
					setText={(text: string) => keepAnswer(props.articleId, q().id, { text })}
				/>
			</fieldset>
			{/* The passages to read beside it, built only once asked for (a closed details held them in every question).
			    Once it is judged, its feedback shows them with the evidence marked. */}
			<Show when={narrow() && !phase().done && offersPassages(q(), pageData().questions)}>
				<button
					type="button"
					class="secondary show-passage"
					aria-expanded={reading()}
					onClick={() => (loadTeaching(), setReading(!reading()))}
				>
					{t.showPassage}
				</button>
				<Show when={reading() && passagesView()}>{(View) => createComponent(View(), { evidence: q().evidence })}</Show>
			</Show>
			<Show when={phase().canCheck}>
				<button type="button" ref={(button) => button.setAttribute(HOOK.checkButton, '')} onClick={check}>
					{isWritten(q()) ? t.compare : t.check}
				</button>
			</Show>
			<QuestionFeedback
				ref={(element) => (feedback = element)}
				articleId={props.articleId}
				number={props.number}
				question={q()}
				record={props.record}
				phase={phase()}
				retrying={retrying()}
				nudge={nudge()}
				onRetry={() => (setRetrying(true), focusFirstControl(fieldset))}
			/>
		</div>
	);
}

import { createEffect, createSignal, For, Show, untrack, type Component } from 'solid-js';
import { questionAnchor, type IslandQuestion } from '../../core/contract/page-data';
import { emptyRows } from '../quiz/score';
import { startArrangement } from '../shared/variants';
import type { AnswerRecord, Mode } from '../quiz/state';
import { questionStatus, verdictOf } from '../quiz/summary';
import { count, fill, t } from '../shared/messages';
import { checkAnswer, compareAnswer, keepAnswer, revealAnswer } from '../stores/quiz';
import type { BodyProps } from './body';
import Checklist from './Checklist';
import CitedPassages from './CitedPassages';
import Choices from './Choices';
import { focusFirstControl } from './focus';
import { showEvidence } from './highlight-evidence';
import { articleText, questionLanguage, versionSeed } from './page-data';
import { loadTeaching, teachingFailed, teachingOf } from './teaching';
import Highlight from './Highlight';
import Open from './Open';
import Order from './Order';
import Rows from './Rows';
import Verdict from './Verdict';

/** The body of each type; `several` tells Choices whether more than one option may be chosen. */
const views = {
	single: Choices,
	multiple: Choices,
	highlight: Highlight,
	order: Order,
	match: Rows,
	classify: Rows,
	open: Open,
};

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

/**
 * One question of any type. Practice: check, then after a wrong first try see the hint and try once more or
 * reveal the answer. Test: answers are kept as given and nothing is judged until the quiz is handed in.
 * Open: written and cited, then compared with the model answer, in practice at once and in a test after handing in.
 */
export default function Question(props: Props) {
	const [retrying, setRetrying] = createSignal(false);
	const [nudge, setNudge] = createSignal('');
	let feedback!: HTMLDivElement;
	let fieldset!: HTMLFieldSetElement;

	const q = () => props.question;
	// A question's type never changes, so its view is picked once; each view takes the variant of its own type.
	const View = untrack(() => views[props.question.type]) as Component<
		BodyProps & { several: boolean; text: string; setText: (text: string) => void }
	>;
	const record = () => props.record;
	const test = () => props.mode === 'test';
	const handedIn = () => props.handedIn;
	const open = () => q().kind === 'none';
	// What the question teaches arrives with its own module, fetched once feedback is due (or earlier, see Quiz).
	const teach = () => teachingOf(q().id);
	const tried = () => (record()?.tries ?? 0) > 0;
	// The verdict always comes from the stored, scored answer, never from what is on screen.
	const status = () => questionStatus(q(), record(), props.mode, handedIn());
	const firstWrong = () => !test() && !open() && record()?.tries === 1 && !record()!.revealed && status() === 'wrong';
	// Open answers stay editable until a test is handed in; others until checked (practice) or handed in (test).
	const editable = () => (test() ? !handedIn() : open() || !tried() || retrying());
	const done = () => (open() ? tried() : test() ? handedIn() : tried() && !firstWrong());
	// Every change is kept at once, so nothing given is lost on a reload; in practice it counts only once checked.
	// Until the learner moves anything, an order question's answer is the order it is shown in (its version's).
	const value = () => record()?.value ?? (q().kind === 'order' ? startArrangement(versionSeed, q().id, q().key) : []);
	// Part A of a two-part item keeps its explanation and evidence back until part B is answered: they would give B away.
	const held = () => !handedIn() && q().heldUntil !== undefined && !props.partBTried;
	createEffect(() => (done() || firstWrong()) && loadTeaching());
	const showCheck = () => (open() ? !tried() && (!test() || handedIn()) : !test() && editable());

	/** On to the next question's first control, or to the results after the last. */
	const goNext = () => {
		const next = feedback.closest('li')?.nextElementSibling?.querySelector('form');
		if (next) focusFirstControl(next);
		else document.getElementById('results-heading')?.focus();
	};

	const setValue = (next: number[]) => {
		if (!editable()) return;
		setNudge('');
		keepAnswer(props.articleId, q().id, { value: next });
	};

	const check = (event: SubmitEvent) => {
		event.preventDefault();
		if (open()) {
			if (!test() && (!record()?.text?.trim() || !value().length)) {
				setNudge(t.writeFirst);
				return;
			}
			compareAnswer(props.articleId, q().id);
		} else {
			const empty = emptyRows(q(), value());
			if (empty.length) {
				setNudge(count(t.rowsLeft, empty.length));
				focusFirstControl(fieldset.querySelectorAll('.row')[empty[0]!]);
				return;
			}
			if (!value().length) {
				setNudge(t.chooseFirst);
				return;
			}
			checkAnswer(props.articleId, q().id, value());
			setRetrying(false);
		}
		// The button just pressed is gone now, so focus moves to what it produced instead of falling to the page.
		feedback.focus();
	};

	return (
		<form class="question" id={questionAnchor(q().id)} onSubmit={check}>
			<fieldset ref={fieldset} disabled={!editable()}>
				<legend>
					<span class="question-number">{fill(t.questionNumber, { n: props.number })}</span>{' '}
					<span lang={questionLanguage()}>{q().prompt}</span>
				</legend>
				<View
					question={q()}
					number={props.number}
					value={value()}
					setValue={setValue}
					editable={editable()}
					done={done()}
					feedback={teach()?.feedback ?? []}
					several={q().type === 'multiple'}
					text={record()?.text ?? ''}
					setText={(text: string) => keepAnswer(props.articleId, q().id, { text })}
				/>
			</fieldset>
			<Show when={showCheck()}>
				<button type="submit">{open() ? t.compare : t.check}</button>
			</Show>
			<div class="feedback" ref={feedback} tabindex="-1" aria-live="polite">
				{nudge()}
				<Show when={(done() || firstWrong()) && teachingFailed()}>
					<p role="alert">{t.teachingFailed}</p>
				</Show>
				<Show when={firstWrong() && !retrying()}>
					<p>
						<Verdict right={false} text={t.notYet} /> <span lang={questionLanguage()}>{teach()?.hint}</span>
					</p>
					<button
						type="button"
						onClick={(event) => {
							// It takes the place of "Check answer": the second click of a double click on that is not meant for it.
							if (event.detail > 1) return;
							setRetrying(true);
							focusFirstControl(fieldset);
						}}
					>
						{t.tryAgain}
					</button>{' '}
					<button
						type="button"
						class="secondary"
						onClick={() => {
							revealAnswer(props.articleId, q().id);
							feedback.focus();
						}}
					>
						{t.showAnswer}
					</button>
				</Show>
				<Show when={done()}>
					<Show
						when={open()}
						fallback={
							<p>
								<Verdict right={verdictOf[status()] ?? false} text={`${t.status[status()]}.`} />
							</p>
						}
					>
						<Show when={teach()}>
							{(teaching) => (
								<Checklist
									teaching={teaching()}
									covered={record()?.covered ?? []}
									setCovered={(covered) => keepAnswer(props.articleId, q().id, { covered })}
								/>
							)}
						</Show>
					</Show>
					<Show when={!held()} fallback={<p class="note">{t.heldForPartB}</p>}>
						<p lang={questionLanguage()}>{teach()?.explanation}</p>
						<p class="evidence-heading">{t.evidence}</p>
						<ul class="evidence">
							<For each={q().evidence}>
								{(evidence) => (
									<li>
										<a
											href={`#${evidence.anchor}`}
											onClick={(event) => {
												event.preventDefault();
												showEvidence(evidence, q().id, props.number, event.currentTarget);
											}}
										>
											{evidence.label}: “{articleText(evidence.anchor).slice(evidence.start, evidence.end)}”
										</a>
									</li>
								)}
							</For>
						</ul>
					</Show>
					<Show when={!held()}>
						<CitedPassages evidence={q().evidence} />
					</Show>
					<button type="button" class="secondary" onClick={goNext}>
						{t.next}
					</button>
				</Show>
			</div>
		</form>
	);
}

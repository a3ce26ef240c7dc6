import { select } from '../shared/hooks';
import { Show } from 'solid-js';
import type { IslandQuestion } from '../../core/contract/page-data';
import { isWritten, verdictOf, type Phase } from '../quiz/phase';
import type { AnswerRecord } from '../quiz/state';
import { t } from '../shared/messages';
import { revealAnswer } from '../stores/quiz';
import { focusFirstControl } from '../islands/focus';
import { setCurrent } from '../islands/paging';
import { pageData, questionLanguage } from '../islands/page-data';
import { taughtView, teachingFailed, teachingOf } from '../islands/teaching';
import Verdict from '../islands/Verdict';

interface Props {
	articleId: string;
	number: number;
	question: IslandQuestion;
	record: AnswerRecord | undefined;
	phase: Phase;
	retrying: boolean;
	/** What a Check that could not be done says: nothing chosen, rows left, nothing written. */
	nudge: string;
	onRetry: () => void;
	ref: HTMLDivElement | ((element: HTMLDivElement) => void);
}

/**
 * Under a question: the nudge, the verdict, the hint and the way to a retry after a wrong first try, then what the
 * question teaches (explanation, evidence, cited passages) and the way on. Focus comes here after Check, since the
 * button pressed is gone; it is announced as it changes.
 */
export default function QuestionFeedback(props: Props) {
	let panel!: HTMLDivElement;
	// What the question teaches arrives with its own module, fetched once feedback is due (see teaching.ts).
	const teach = () => teachingOf(props.question.id);
	const status = () => props.phase.status;
	/** On to the next question's first control, or to the results after the last. */
	const goNext = () => {
		if (props.number === pageData().questions.length) return document.getElementById(HOOK.resultsHeadingId)?.focus();
		// The next question becomes the learner's place first: one at a time, that shows it, and builds it if need be.
		setCurrent(props.number);
		focusFirstControl(panel.closest('li')?.nextElementSibling?.querySelector(select(HOOK.questionCard)));
	};
	return (
		<div
			class="feedback"
			ref={(element) => {
				panel = element;
				if (typeof props.ref === 'function') props.ref(element);
			}}
			tabindex="-1"
			aria-live="polite"
		>
			{props.nudge}
			<Show when={(props.phase.done || props.phase.firstWrong) && teachingFailed()}>
				<p role="alert">{t.teachingFailed}</p>
			</Show>
			<Show when={props.phase.firstWrong && !props.retrying}>
				<p>
					<Verdict right={false} text={t.notYet} /> <span lang={questionLanguage()}>{teach()?.hint}</span>
				</p>
				{/* It takes the place of "Check answer": the second click of a double click on that is not meant for it. */}
				<button type="button" onClick={(event) => event.detail > 1 || props.onRetry()}>
					{t.tryAgain}
				</button>{' '}
				<button
					type="button"
					class="secondary"
					onClick={() => {
						revealAnswer(props.articleId, props.question.id);
						panel.focus();
					}}
				>
					{t.showAnswer}
				</button>
			</Show>
			<Show when={props.phase.done}>
				<Show when={!isWritten(props.question)}>
					<p>
						<Verdict right={verdictOf[status()] ?? false} text={`${t.status[status()]}.`} />
					</p>
				</Show>
				<Show when={teach() && taughtView()}>
					{(Taught) => {
						const View = Taught();
						return (
							<View
								articleId={props.articleId}
								number={props.number}
								question={props.question}
								record={props.record}
								teaching={teach()!}
								held={props.phase.held}
							/>
						);
					}}
				</Show>
				<button type="button" class="secondary" onClick={goNext}>
					{t.next}
				</button>
			</Show>
		</div>
	);
}

import { createSignal, For, Show } from 'solid-js';
import type { SingleAnswer } from '../quiz/answers';
import type { QuizQuestion } from '../quiz/quiz-question';
import { showEvidence } from './highlight-evidence';

interface Props {
	number: number;
	question: QuizQuestion;
	answer: SingleAnswer | undefined;
	onCheck: (answer: SingleAnswer) => void;
}

/** One single-choice question: pick an option, check it, then read the verdict, the explanation and the evidence. */
export default function SingleQuestion(props: Props) {
	const [picked, setPicked] = createSignal<number>();
	let feedback!: HTMLDivElement;
	const correctIndex = () => props.question.options.findIndex((option) => option.correct);
	const chosen = () => props.answer?.option ?? picked();

	const check = (event: SubmitEvent) => {
		event.preventDefault();
		const option = picked();
		if (option === undefined) return;
		props.onCheck({ option });
		// The saved answer shows from now on; forgetting the pick means "start over" leaves nothing selected.
		setPicked(undefined);
		// The check button is gone after this, so focus moves to the verdict instead of falling to the page.
		feedback.focus();
	};

	return (
		<form class="question" id={props.question.id} onSubmit={check}>
			<fieldset disabled={props.answer !== undefined}>
				<legend>
					<span class="question-number">Question {props.number}.</span> {props.question.prompt}
				</legend>
				<For each={props.question.options}>
					{(option, index) => (
						<label class="option">
							<input
								type="radio"
								name={props.question.id}
								value={index()}
								checked={chosen() === index()}
								onChange={() => setPicked(index())}
							/>{' '}
							{option.text}
						</label>
					)}
				</For>
			</fieldset>
			<Show when={props.question.hint && props.answer === undefined}>
				<details class="hint">
					<summary>Hint</summary>
					<p>{props.question.hint}</p>
				</details>
			</Show>
			<Show when={props.answer === undefined}>
				<button type="submit">Check answer</button>
			</Show>
			<div class="feedback" ref={feedback} tabindex="-1" aria-live="polite">
				<Show when={props.answer}>
					{(answer) => {
						const right = () => answer().option === correctIndex();
						return (
							<>
								<p>
									<strong class={right() ? 'right' : 'wrong'}>
										<span aria-hidden="true">{right() ? '✓' : '✗'}</span> {right() ? 'Correct.' : 'Not quite.'}
									</strong>{' '}
									{props.question.options[answer().option]?.feedback}
								</p>
								<Show when={!right()}>
									<p>
										The answer is: <strong>{props.question.options[correctIndex()]?.text}</strong>
									</p>
								</Show>
								<p>{props.question.explanation}</p>
								<p class="evidence-heading">Evidence in the article:</p>
								<ul class="evidence">
									<For each={props.question.evidence}>
										{(evidence) => (
											<li>
												<a
													href={`#${evidence.anchor}`}
													onClick={(event) => {
														event.preventDefault();
														showEvidence(evidence);
													}}
												>
													{evidence.label}: “{evidence.quote}”
												</a>
											</li>
										)}
									</For>
								</ul>
							</>
						);
					}}
				</Show>
			</div>
		</form>
	);
}

import { createComponent, createEffect, createMemo, createSignal, For, Show, type Component } from 'solid-js';
import { promptStart, questionStatus, scoredNoun, statusText, verdictOf } from '../quiz/summary';
import { questionAnchor } from '../../island-props';
import { handedInFor, modeFor, quizFor, startOver, submitQuiz, summaryFor } from '../stores/quiz';
import { focusFirstControl } from './focus';
import { pageData } from './page-data';
import { recordSignals } from './records';
import { useStore } from './use-store';
import Verdict from './Verdict';

/** A word on the score, for a learner who will read it on the way to what they missed. */
const scoreMessage = (share: number) =>
	share >= 0.8
		? 'Strong reading: you found the evidence for nearly everything.'
		: share >= 0.5
			? 'A good base: look again at the ones you missed, and at where their evidence is.'
			: 'Worth another read: go through the ones you missed with their evidence.';

/** The score, a bar per skill, every question's status with a link to it, and the controls that end or restart a round. */
export default function Results() {
	const { articleId, questions, skills } = pageData();
	const $quiz = quizFor(articleId);
	const state = useStore($quiz);
	const summary = useStore(summaryFor(articleId, questions));
	// Each row follows its own question's record, so a change elsewhere leaves it alone.
	const record = recordSignals($quiz);
	const mode = useStore(modeFor(articleId));
	const handedIn = useStore(handedInFor(articleId));
	const noun = () => scoredNoun(summary().open);
	// Finished: a test handed in, or every scored question of a practice checked. Only then are the ways to take the
	// results away shown, so only then is their code loaded.
	const finished = () => (mode() === 'test' ? handedIn() : summary().total > 0 && summary().answered === summary().total);
	const [takeResults, setTakeResults] = createSignal<Component>();
	const [mistakesOnly, setMistakesOnly] = createSignal(false);
	const about = document.getElementById('about-this-source') as HTMLDetailsElement | null;
	createEffect(() => finished() && !takeResults() && import('./TakeResults').then((module) => setTakeResults(() => module.default)));

	const handIn = () => {
		const { answered, partial, total } = summary();
		const left = partial ? `; ${partial} more ${partial === 1 ? 'is' : 'are'} only partly answered` : '';
		if (answered < total && !confirm(`You have finished ${answered} of ${total} ${noun()}${left}. Hand in anyway?`)) return;
		submitQuiz(articleId);
		document.getElementById('results-heading')?.focus();
	};
	const restart = (question: string) => {
		if (!confirm(question)) return;
		startOver(articleId);
		focusFirstControl(document.querySelector('form.question'));
	};

	return (
		<div class="results">
			<Show
				when={summary().revealed}
				fallback={
					<>
						<p>
							{summary().answered} of {summary().total} {noun()} answered. Your score and feedback appear when you hand in the test.
						</p>
						<button type="button" onClick={handIn}>
							Hand in the test
						</button>
					</>
				}
			>
				<p class="total">
					<span class="score-figure">{`Score: ${summary().correct} of ${summary().total}${summary().open ? ' scored questions' : ''}.`}</span>
					{summary().open ? ` Written answers: ${summary().compared} of ${summary().open} compared with the model answer.` : ''}
				</p>
				<p class="score-message">{scoreMessage(summary().correct / (summary().total || 1))}</p>
				<ul class="skills">
					<For each={summary().bySkill}>
						{({ skill, correct, total }) => {
							const { name, description } = skills[skill]!;
							return (
								<li>
									<a class="skill-name" href={`#${questionAnchor(questions.find((question) => question.skill === skill)!.id)}`}>
										{name}
									</a>
									<progress max={total} value={correct} aria-label={`${name}: ${correct} of ${total}`} />
									<span>
										{correct} of {total}
									</span>
									<span class="skill-description">{description}</span>
								</li>
							);
						}}
					</For>
				</ul>
				<Show when={summary().correct < summary().total}>
					<button type="button" class="secondary" aria-pressed={mistakesOnly()} onClick={() => setMistakesOnly(!mistakesOnly())}>
						Review my mistakes
					</button>
				</Show>
			</Show>
			<ol class="statuses">
				<For each={questions}>
					{(question, index) => {
						const status = createMemo(() => questionStatus(question, record(question.id), mode(), handedIn()));
						const covered = () => record(question.id)?.covered?.length ?? 0;
						return (
							<li hidden={mistakesOnly() && status() !== 'wrong'}>
								<a href={`#${questionAnchor(question.id)}`}>Question {index() + 1}</a>: {promptStart(question.prompt)} —{' '}
								<span class="chip" data-status={status()}>
									<Show when={verdictOf[status()] !== undefined} fallback={statusText[status()]}>
										<Verdict right={verdictOf[status()]!} text={statusText[status()]} />
									</Show>
									{status() === 'compared' ? `: covered ${covered()} of ${question.points} points` : ''}
								</span>
							</li>
						);
					}}
				</For>
			</ol>
			<Show when={finished() && takeResults()}>{(panel) => createComponent(panel(), {})}</Show>
			<Show when={summary().revealed && summary().answered}>
				<p class="next-steps">
					Next:{' '}
					<Show when={mode() === 'practice'}>
						<a href="?mode=test">try it again as a test</a>
						{about ? ', or ' : '.'}
					</Show>
					<Show when={about}>
						<a href="#about-this-source" onClick={() => (about!.open = true)}>
							read who is behind the source
						</a>
						.
					</Show>
				</p>
			</Show>
			{/* Nothing to clear until something is answered, or a test is handed in, even empty. */}
			<Show when={Object.keys(state().answers).length > 0 || handedIn()}>
				<Show
					when={mode() === 'test' && handedIn()}
					fallback={
						<button type="button" class="secondary" onClick={() => restart('Clear all your answers to this article and start over?')}>
							Start over
						</button>
					}
				>
					<button type="button" onClick={() => restart('Start a new attempt? Your handed-in answers will be cleared.')}>
						Start a new attempt
					</button>
				</Show>
			</Show>
		</div>
	);
}

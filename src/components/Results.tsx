import { useStore } from './use-store';
import { For, Show } from 'solid-js';
import type { ScoredQuestion } from '../quiz/score';
import type { Status } from '../quiz/summary';
import { quizFor, startOver, submitQuiz, summaryFor } from '../stores/quiz';

interface Props {
	articleId: string;
	questions: ScoredQuestion[];
}

const statusText: Record<Status, string> = {
	unanswered: 'not answered',
	answered: 'answered',
	right: '✓ right',
	wrong: '✗ wrong',
	corrected: '✗ wrong first, right on the second try',
	'self-checked': 'self-checked',
};

/** The score, a bar per skill, every question's status with a link to it, and the controls that end or restart a round. */
export default function Results(props: Props) {
	const state = useStore(quizFor(props.articleId));
	const summary = useStore(summaryFor(props.articleId, props.questions));
	const restart = (question: string) => confirm(question) && startOver(props.articleId);
	return (
		<div class="results">
			<Show
				when={summary().revealed}
				fallback={
					<>
						<p>
							{summary().answered} of {summary().total} answered. Your score and feedback appear when you hand in the test.
						</p>
						<button
							type="button"
							onClick={() => {
								const { answered, total } = summary();
								if (answered === total || confirm(`You have answered ${answered} of ${total} questions. Hand in anyway?`))
									submitQuiz(props.articleId);
							}}
						>
							Hand in the test
						</button>
					</>
				}
			>
				<p class="total">
					Score: {summary().correct} of {summary().total}
					{summary().open ? `; ${summary().selfChecked} of ${summary().open} written answers self-checked` : ''}
				</p>
				<ul class="skills">
					<For each={summary().bySkill}>
						{({ skill, correct, total }) => (
							<li>
								<span>{skill}</span> <progress max={total} value={correct} aria-label={`${skill}: ${correct} of ${total}`} /> {correct} of{' '}
								{total}
							</li>
						)}
					</For>
				</ul>
			</Show>
			<ol class="statuses">
				<For each={props.questions}>
					{(question, index) => (
						<li>
							<a href={`#q-${question.id}`}>Question {index() + 1}</a>: {statusText[summary().status[question.id]!]}
						</li>
					)}
				</For>
			</ol>
			<Show
				when={state().mode === 'test' && state().submitted}
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
		</div>
	);
}

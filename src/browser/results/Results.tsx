import { find } from '../shared/hooks';
import { createComponent, createEffect, createMemo, createSignal, For, Show, type Component } from 'solid-js';
import { isFinished, questionStatus, verdictOf } from '../quiz/phase';
import { promptStart } from '../quiz/summary';
import { count, fill, questionsOf, t } from '../shared/messages';
import { questionAnchor } from '../../core/contract/page-data';
import { packageMode } from '../lms/find-course';
import { $course } from '../stores/course';
import { handedInFor, modeFor, quizFor, startOver, submitQuiz, summaryFor } from '../stores/quiz';
import { focusFirstControl } from '../islands/focus';
import { pageData } from '../islands/page-data';
import { recordSignals } from '../islands/records';
import { useStore } from '../islands/use-store';
import type SkillResults from './SkillResults';
import Verdict from '../islands/Verdict';

/** A word on the score, for a learner who will read it on the way to what they missed. */
const scoreMessage = (share: number) => t.scoreWords[share >= 0.8 ? 'high' : share >= 0.5 ? 'middle' : 'low'];

/** The score, a chart of the skills, what to review first, every question's status with a link to it, and the controls that end or restart a round. */
export default function Results() {
	const { articleId, questions } = pageData();
	const $quiz = quizFor(articleId);
	const state = useStore($quiz);
	const summary = useStore(summaryFor(articleId, questions));
	// Each row follows its own question's record, so a change elsewhere leaves it alone.
	const record = recordSignals($quiz);
	const mode = useStore(modeFor(articleId));
	const handedIn = useStore(handedInFor(articleId));
	// Only once the quiz is finished are the ways to take the results away shown, so only then is their code loaded.
	const finished = () => isFinished({ mode: mode(), handedIn: handedIn() }, summary());
	const [takeResults, setTakeResults] = createSignal<Component>();
	const [mistakesOnly, setMistakesOnly] = createSignal(false);
	// The statuses stay folded while the quiz goes on, and open when it is done. Folded, the 300 rows of a big bank are
	// not laid out again at each Check, which grows its card and moves everything below it.
	let fold!: HTMLDetailsElement;
	createEffect(() => finished() && (fold.open = true));
	const about = document.getElementById(HOOK.aboutSourceId) as HTMLDetailsElement | null;
	const course = useStore($course);
	const statusOf = (question: (typeof questions)[number]) =>
		questionStatus(question, record(question.id), { mode: mode(), handedIn: handedIn() });
	createEffect(
		() => finished() && !takeResults() && import('./TakeResults').then((module) => setTakeResults(() => module.default)),
	);
	// The skills' chart means something from the first scored answer, so its code loads then.
	const [bySkill, setBySkill] = createSignal<typeof SkillResults>();
	createEffect(
		() =>
			summary().revealed &&
			summary().answered &&
			!bySkill() &&
			import('./SkillResults').then((module) => setBySkill(() => module.default)),
	);

	const handIn = () => {
		const { answered, partial, total, open } = summary();
		const questions = questionsOf(answered, total, open);
		if (answered < total && !confirm(fill(t.handInEarly, { questions, partial: partial ? count(t.partial, partial) : '' }))) return;
		submitQuiz(articleId);
		document.getElementById(HOOK.resultsHeadingId)?.focus();
	};
	const restart = (question: string) => {
		if (!confirm(question)) return;
		startOver(articleId);
		focusFirstControl(find(HOOK.questionCard));
	};

	return (
		<div class="results">
			<Show when={course()}>
				{(link) => (
					<p class={link() === 'connected' ? 'note' : 'storage-problem'} role={link() === 'connected' ? 'status' : 'alert'}>
						{t.course[link()]}
					</p>
				)}
			</Show>
			<Show
				when={summary().revealed}
				fallback={
					<>
						<p>{fill(t.waiting, { questions: questionsOf(summary().answered, summary().total, summary().open) })}</p>
						<button type="button" onClick={handIn}>
							{t.handIn}
						</button>
					</>
				}
			>
				<p class="total">
					<span class="score-figure">
						{fill(t.score, { questions: questionsOf(summary().correct, summary().total, summary().open, true) })}
					</span>
					{summary().open ? fill(t.written, { done: summary().compared, n: summary().open }) : ''}
				</p>
				<p class="score-message">{scoreMessage(summary().correct / (summary().total || 1))}</p>
				<Show when={summary().answered ? bySkill() : undefined}>
					{(view) =>
						createComponent(view(), {
							get summary() {
								return summary();
							},
						})
					}
				</Show>
				<Show when={summary().correct < summary().total}>
					<button
						type="button"
						class="secondary"
						aria-pressed={mistakesOnly()}
						onClick={() => {
							setMistakesOnly(!mistakesOnly());
							fold.open = true;
						}}
					>
						{t.reviewMistakes}
					</button>
				</Show>
			</Show>
			<details class="statuses-fold" ref={fold}>
				<summary>{t.statusFold}</summary>
				<ol class="statuses">
					<For each={questions}>
						{(question, index) => {
							const status = createMemo(() => statusOf(question));
							const covered = () => record(question.id)?.covered?.length ?? 0;
							return (
								<li hidden={mistakesOnly() && status() !== 'wrong'}>
									<a href={`#${questionAnchor(question.id)}`}>{fill(t.question, { n: index() + 1 })}</a>: {promptStart(question.prompt)} —{' '}
									<span class="chip" data-status={status()}>
										<Show when={verdictOf[status()] !== undefined} fallback={t.status[status()]}>
											<Verdict right={verdictOf[status()]!} text={t.status[status()]} />
										</Show>
										{status() === 'compared' ? fill(t.covered, { done: covered(), n: question.points! }) : ''}
									</span>
								</li>
							);
						}}
					</For>
				</ol>
			</details>
			<Show when={finished() && takeResults()}>{(panel) => createComponent(panel(), {})}</Show>
			<Show when={summary().revealed && summary().answered}>
				<p class="next-steps">
					{t.nextSteps} {/* In a course, the package sets the mode. */}
					<Show when={mode() === 'practice' && !packageMode()}>
						<a href="?mode=test">{t.asTest}</a>
						{about ? t.or : '.'}
					</Show>
					<Show when={about}>
						<a href={`#${HOOK.aboutSourceId}`} onClick={() => (about!.open = true)}>
							{t.aboutSource}
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
						<button type="button" class="secondary" onClick={() => restart(t.startOverAsk)}>
							{t.startOver}
						</button>
					}
				>
					<button type="button" onClick={() => restart(t.newAttemptAsk)}>
						{t.newAttempt}
					</button>
				</Show>
			</Show>
		</div>
	);
}

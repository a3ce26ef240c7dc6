import { createEffect, For, Show } from 'solid-js';
import { questionAnchor } from '../../core/contract/page-data';
import { questionStatus, type Status } from '../quiz/phase';
import { fill, questionsOf, t } from '../shared/messages';
import { handedInFor, modeFor, quizFor, summaryFor } from '../stores/quiz';
import { $storageProblem } from '../stores/storage';
import { pageData } from './page-data';
import { usePaged } from './paging';
import { recordSignals } from './records';
import { useStore } from './use-store';

/** Each status as a shape, so the strip never says it by colour alone. */
const mark: Record<Status, string> = {
	unanswered: '',
	partial: '◐',
	answered: '●',
	right: '✓',
	wrong: '✗',
	corrected: '✓',
	written: '✎',
	compared: '✓',
};

/**
 * A small progress line kept apart from the quiz and fed by the same store, a strip of one link per question that
 * shows where each stands and jumps to it, and any storage problem.
 */
export default function Progress() {
	const { articleId, questions } = pageData();
	const summary = useStore(summaryFor(articleId, questions));
	const problem = useStore($storageProblem);
	const record = recordSignals(quizFor(articleId));
	const mode = useStore(modeFor(articleId));
	const handedIn = useStore(handedInFor(articleId));
	const paged = usePaged();
	// Set here, in the first island to mount, so the strip that one question at a time hides is never painted first.
	createEffect(() => document.documentElement.classList.toggle('paged', paged()));
	return (
		<div class="progress">
			<p class="score" role="status">
				{fill(t.answered, { questions: questionsOf(summary().answered, summary().total, summary().open, true) })}
				{summary().revealed ? fill(t.correct, { n: summary().correct }) : ''}
			</p>
			{/* One at a time, the bar above the question does the strip's work: it is not built, as it would not show. */}
			<Show when={!paged()}>
				<nav aria-label={t.questionsNav}>
					<ol class="strip">
						<For each={questions}>
							{(question, index) => {
								const status = () => questionStatus(question, record(question.id), { mode: mode(), handedIn: handedIn() });
								return (
									<li>
										<a
											href={`#${questionAnchor(question.id)}`}
											data-status={status()}
											aria-label={fill(t.questionStatus, { n: index() + 1, status: t.status[status()] })}
										>
											{mark[status()]}
										</a>
									</li>
								);
							}}
						</For>
					</ol>
				</nav>
			</Show>
			<Show when={problem()}>
				{(which) => (
					<p class="storage-problem" role="alert">
						{t.storage[which()]}
					</p>
				)}
			</Show>
		</div>
	);
}

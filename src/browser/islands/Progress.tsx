import { Show } from 'solid-js';
import { summaryFor } from '../stores/quiz';
import { $storageProblem } from '../stores/storage';
import { pageData } from './page-data';
import { useStore } from './use-store';

const problemText = {
	blocked: 'Progress not saved: this browser blocks storage. Answers last until you leave the page.',
	'not-saved': 'Progress not saved: storage is full. Answers last until you leave the page.',
	reset: 'Saved answers could not be read, so this quiz started fresh.',
};

/** A small progress line kept apart from the quiz and fed by the same store, plus any storage problem. */
export default function Progress() {
	const { articleId, questions } = pageData();
	const summary = useStore(summaryFor(articleId, questions));
	const problem = useStore($storageProblem);
	return (
		<div class="progress">
			<p class="score" role="status">
				{summary().answered} of {summary().total} {summary().open ? 'scored questions ' : ''}answered
				{summary().revealed ? `, ${summary().correct} correct` : ''}
			</p>
			<Show when={problem()}>
				{(which) => (
					<p class="storage-problem" role="alert">
						{problemText[which()]}
					</p>
				)}
			</Show>
		</div>
	);
}

import { useStore } from '@nanostores/solid';
import { Show } from 'solid-js';
import { clearAnswers, scoreFor } from '../stores/answers';
import { $storageProblem } from '../stores/storage';

interface Props {
	articleId: string;
	answerKey: Record<string, number>;
}

const problemText = {
	blocked: 'Progress not saved: this browser blocks storage. Answers last until you leave the page.',
	'not-saved': 'Progress not saved: storage is full. Answers last until you leave the page.',
	reset: 'Saved answers could not be read, so this quiz started fresh.',
};

/** The score, kept apart from the quiz and fed by the same store, plus the way to start over. */
export default function Progress(props: Props) {
	const score = useStore(scoreFor(props.articleId, props.answerKey));
	const problem = useStore($storageProblem);
	const startOver = () => {
		if (confirm('Clear all your answers to this article and start over?')) clearAnswers(props.articleId);
	};

	return (
		<div class="progress">
			<p class="score" role="status">
				{score().answered} of {score().total} answered, {score().correct} correct
			</p>
			<button type="button" disabled={score().answered === 0} onClick={startOver}>
				Start over
			</button>
			<Show when={problem()}>{(which) => <p class="storage-problem" role="alert">{problemText[which()]}</p>}</Show>
		</div>
	);
}

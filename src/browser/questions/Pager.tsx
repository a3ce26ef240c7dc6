import { fill, questionsOf, sheets, t } from '../shared/messages';
import type { Summary } from '../quiz/summary';
import { current } from '../islands/paging';

interface Props {
	total: number;
	summary: Summary;
	/** Shows the question at this place in the list; past the last, the results. */
	go: (place: number) => void;
}

/**
 * The bar above the one question shown on a phone: where the learner is, how much is answered, and the way back and
 * on. It sticks to the top of the view while the quiz is in it, so the next question is always a thumb away.
 */
export default function Pager(props: Props) {
	const last = () => current() === props.total - 1;
	return (
		<nav class="pager" aria-label={t.pager}>
			{/* Never disabled: a disabled button would drop the focus of a learner who just pressed it. */}
			<button type="button" class="secondary" aria-disabled={current() === 0} onClick={() => current() > 0 && props.go(current() - 1)}>
				‹ {t.previous}
			</button>
			<p role="status">{fill(sheets.position, { n: current() + 1, total: props.total })}</p>
			<button type="button" onClick={() => props.go(current() + 1)}>
				{last() ? t.toResults : t.forward} ›
			</button>
			<progress
				max={props.summary.total || 1}
				value={props.summary.answered}
				aria-label={fill(t.answered, { questions: questionsOf(props.summary.answered, props.summary.total, props.summary.open) })}
			/>
		</nav>
	);
}

import { createSignal, Show } from 'solid-js';
import { $learnerName } from '../stores/learner';
import { toResultsCode } from './code';
import { currentResults, downloadResults, printSlip } from './take-results';
import { pageData } from '../islands/page-data';
import { useStore } from '../islands/use-store';
import { t as messages } from '../shared/messages';

const t = messages.take;

const seed = () => new URL(location.href).searchParams.get('seed');

/** Once the quiz is finished: a name to put on the results, and the ways to hand them to a teacher. */
export default function TakeResults() {
	const data = pageData();
	const name = useStore($learnerName);
	const [code, setCode] = createSignal('');
	const [message, setMessage] = createSignal('');
	const results = () => currentResults(data, name(), seed());

	return (
		<section class="take-results" aria-labelledby="take-results-heading">
			<h3 id="take-results-heading">{t.heading}</h3>
			<p class="note">{t.note}</p>
			<label>
				{t.name}
				<input type="text" autocomplete="name" value={name()} onInput={(event) => $learnerName.set(event.currentTarget.value)} />
			</label>
			<div class="actions">
				<button type="button" onClick={() => downloadResults(results())}>
					{t.download}
				</button>
				<button type="button" class="secondary" onClick={() => setCode(toResultsCode(results()))}>
					{t.showCode}
				</button>
				<button type="button" class="secondary" onClick={() => printSlip(data, results())}>
					{t.printSlip}
				</button>
			</div>
			<Show when={code()}>
				<label>
					{t.code}
					<textarea readonly rows={4} value={code()} onFocus={(event) => event.currentTarget.select()} />
				</label>
				<button
					type="button"
					class="secondary"
					onClick={() =>
						navigator.clipboard.writeText(code()).then(
							() => setMessage(t.copied),
							() => setMessage(t.copyFailed),
						)
					}
				>
					{t.copy}
				</button>
			</Show>
			<p role="status">{message()}</p>
		</section>
	);
}

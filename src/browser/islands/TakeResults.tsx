import { createSignal, Show } from 'solid-js';
import { $learnerName } from '../stores/learner';
import { toResultsCode } from '../results/code';
import { currentResults, downloadResults, printSlip } from '../results/take-results';
import { pageData } from './page-data';
import { useStore } from './use-store';

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
			<h3 id="take-results-heading">Hand your results to your teacher</h3>
			<p class="note">Nothing is sent anywhere: you choose what to hand in, and how.</p>
			<label>
				Your name (optional, kept on this device only)
				<input type="text" autocomplete="name" value={name()} onInput={(event) => $learnerName.set(event.currentTarget.value)} />
			</label>
			<div class="actions">
				<button type="button" onClick={() => downloadResults(results())}>
					Download results file
				</button>
				<button type="button" class="secondary" onClick={() => setCode(toResultsCode(results()))}>
					Show results code
				</button>
				<button type="button" class="secondary" onClick={() => printSlip(data, results())}>
					Print results slip
				</button>
			</div>
			<Show when={code()}>
				<label>
					Results code: paste it into the form your teacher gave you
					<textarea readonly rows={4} value={code()} onFocus={(event) => event.currentTarget.select()} />
				</label>
				<button
					type="button"
					class="secondary"
					onClick={() =>
						navigator.clipboard.writeText(code()).then(
							() => setMessage('The results code is copied.'),
							() => setMessage('This browser would not copy it: select the code and copy it yourself.'),
						)
					}
				>
					Copy results code
				</button>
			</Show>
			<p role="status">{message()}</p>
		</section>
	);
}

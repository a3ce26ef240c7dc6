import { For } from 'solid-js';
import type { Teaching } from '../../island-props';
import { t } from '../messages';

/** After comparing with the model answer: the model, and the points the learner ticks as covered. */
export default function Checklist(props: { teaching: Teaching; covered: number[]; setCovered: (covered: number[]) => void }) {
	return (
		<>
			<p class="model">
				<strong>{t.model}</strong> {props.teaching.model}
			</p>
			<fieldset class="checklist">
				<legend>{t.checklist}</legend>
				<For each={props.teaching.checklist}>
					{(point, index) => (
						<label class="option">
							<input
								type="checkbox"
								checked={props.covered.includes(index())}
								onChange={(event) => {
									const others = props.covered.filter((other) => other !== index());
									props.setCovered(event.currentTarget.checked ? [...others, index()] : others);
								}}
							/>{' '}
							{point}
						</label>
					)}
				</For>
			</fieldset>
		</>
	);
}

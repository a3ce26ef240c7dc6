import { For } from 'solid-js';
import type { Teaching } from '../../core/contract/page-data';
import { t } from '../shared/messages';
import { questionLanguage } from '../islands/page-data';

/** After comparing with the model answer: the model, and the points the learner ticks as covered. */
export default function Checklist(props: { teaching: Teaching; covered: number[]; setCovered: (covered: number[]) => void }) {
	return (
		<>
			<p class="model">
				<strong>{t.model}</strong> <span lang={questionLanguage()}>{props.teaching.model}</span>
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
							<span lang={questionLanguage()}>{point}</span>
						</label>
					)}
				</For>
			</fieldset>
		</>
	);
}

import { For, Show } from 'solid-js';
import { partsRight } from '../quiz/score';
import type { BodyProps } from './body';
import Verdict from './Verdict';

/** Options as radio buttons (one answer) or checkboxes (several): single, multiple, highlight, and citing passages. */
export default function Choices(props: BodyProps & { several: boolean; parts?: string[] }) {
	const right = () => partsRight(props.question, props.value);
	const pick = (index: number, checked: boolean) =>
		props.setValue(props.several ? (checked ? [...props.value, index] : props.value.filter((other) => other !== index)) : [index]);
	return (
		<For each={props.parts ?? props.question.parts}>
			{(text, index) => {
				const chosen = () => props.value.includes(index());
				return (
					<div class="part">
						<label class="option">
							<input
								type={props.several ? 'checkbox' : 'radio'}
								name={props.question.id}
								checked={chosen()}
								onChange={(event) => pick(index(), event.currentTarget.checked)}
							/>{' '}
							{text}
						</label>
						<Show when={props.done && (chosen() || props.question.key.includes(index()))}>
							<p class="part-feedback">
								<Verdict
									right={right()[index()]!}
									text={chosen() ? (right()[index()] ? 'Right choice.' : 'Wrong choice.') : 'Missed: this one is right.'}
								/>{' '}
								{props.question.feedback[index()]}
							</p>
						</Show>
					</div>
				);
			}}
		</For>
	);
}

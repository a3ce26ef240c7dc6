import { For, Show } from 'solid-js';
import type { RowsIsland } from '../../island-props';
import type { BodyProps } from './body';
import Verdict from './Verdict';

/** Each row picks one of the shared choices, as a group of radio buttons: match and classify. */
export default function Rows(props: BodyProps<RowsIsland>) {
	return (
		<For each={props.question.parts}>
			{(row, rowIndex) => {
				const right = () => props.question.key[rowIndex()]!;
				return (
					<fieldset class="row">
						<legend>{row}</legend>
						<For each={props.question.choices}>
							{(choice, index) => (
								<label class="option">
									<input
										type="radio"
										name={`${props.question.id}-${rowIndex()}`}
										checked={props.value[rowIndex()] === index()}
										onChange={() => {
											// Rows not answered yet hold -1, so a partial answer has no holes (JSON would turn them into null).
											const value = props.question.parts.map((_, row) => props.value[row] ?? -1);
											value[rowIndex()] = index();
											props.setValue(value);
										}}
									/>{' '}
									{choice}
								</label>
							)}
						</For>
						<Show when={props.done}>
							<p class="part-feedback">
								<Verdict
									right={props.value[rowIndex()] === right()}
									text={props.value[rowIndex()] === right() ? 'Right.' : `Wrong: the answer is ${props.question.choices[right()]}.`}
								/>{' '}
								{props.feedback[rowIndex()]}
							</p>
						</Show>
					</fieldset>
				);
			}}
		</For>
	);
}

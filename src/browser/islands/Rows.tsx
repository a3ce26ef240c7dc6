import { For, Show } from 'solid-js';
import type { RowsIsland } from '../../island-props';
import type { BodyProps } from './body';
import Verdict from './Verdict';

/**
 * match and classify: each row picks one of the shared choices from a native select, labelled by the row. A row of
 * radio buttons per line made a question with six choices over 1,900 px tall on a phone; a select keeps each row one
 * line high, and the browser's own picker is the most familiar control on every device.
 */
export default function Rows(props: BodyProps<RowsIsland>) {
	return (
		<For each={props.question.parts}>
			{(row, rowIndex) => {
				const right = () => props.question.key[rowIndex()]!;
				const id = () => `${props.question.id}-row-${rowIndex()}`;
				return (
					<div class="row">
						<label for={id()}>{row}</label>
						<select
							id={id()}
							onChange={(event) => {
								// Rows not answered yet hold -1, so a partial answer has no holes (JSON would turn them into null).
								const value = props.question.parts.map((_, other) => props.value[other] ?? -1);
								value[rowIndex()] = event.currentTarget.selectedIndex - 1;
								props.setValue(value);
							}}
						>
							<option value="" selected={(props.value[rowIndex()] ?? -1) < 0}>
								Choose…
							</option>
							<For each={props.question.choices}>
								{(choice, index) => <option selected={props.value[rowIndex()] === index()}>{choice}</option>}
							</For>
						</select>
						<Show when={props.done}>
							<p class="part-feedback">
								<Verdict
									right={props.value[rowIndex()] === right()}
									text={props.value[rowIndex()] === right() ? 'Right.' : `Wrong: the answer is ${props.question.choices[right()]}.`}
								/>{' '}
								{props.feedback[rowIndex()]}
							</p>
						</Show>
					</div>
				);
			}}
		</For>
	);
}

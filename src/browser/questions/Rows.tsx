import { For, Show } from 'solid-js';
import type { RowsIsland } from '../../core/contract/page-data';
import type { BodyProps } from './body';
import Verdict from '../islands/Verdict';
import { fill, t } from '../shared/messages';
import { questionLanguage } from '../islands/page-data';
import { useRoom } from './room';

/**
 * match and classify: each row picks one of the shared choices. A card 34rem wide or more lays the rows out as a grid of
 * radio buttons under the choices as column headers; a narrower one gives each row a native select instead, since a
 * row of radio buttons per line made a question with six choices over 1,900 px tall on a phone, and a grid with a
 * narrow column of words made long rows as tall. Only the layout in use is built: building both, one of them hidden,
 * doubled the elements of the biggest questions. A row's words are a text of the grid, named on its control, with no
 * element of their own unless they need a language: a label and a box per row were a sixth of a page's elements.
 */
export default function Rows(props: BodyProps<RowsIsland>) {
	const [grid, watch] = useRoom(34);
	const pick = (row: number, choice: number) => {
		// Rows not answered yet hold -1, so a partial answer has no holes (JSON would turn them into null).
		const value = props.question.parts.map((_, other) => props.value[other] ?? -1);
		value[row] = choice;
		props.setValue(value);
	};
	const words = (text: string) => (questionLanguage() ? <span lang={questionLanguage()}>{text}</span> : text);
	return (
		<div
			class={grid() ? 'rows grid' : 'rows'}
			ref={(element) => (watch(element), element.style.setProperty('--choices', String(props.question.choices.length)))}
		>
			<Show when={grid()}>
				<div class="rows-head" aria-hidden="true" lang={questionLanguage()}>
					<For each={props.question.choices}>{(choice) => <span>{choice}</span>}</For>
				</div>
			</Show>
			<For each={props.question.parts}>
				{(row, rowIndex) => {
					const chosen = () => props.value[rowIndex()] ?? -1;
					const right = () => props.question.key[rowIndex()]!;
					const After = () => (
						<>
							<Show when={!props.editable && chosen() >= 0}>
								<span class="your-answer">{fill(t.yourAnswerIs, { choice: props.question.choices[chosen()]! })}</span>
							</Show>
							<Show when={props.done}>
								<p class="part-feedback">
									<Verdict
										right={chosen() === right()}
										text={chosen() === right() ? t.right : fill(t.wrongRow, { choice: props.question.choices[right()]! })}
									/>{' '}
									<span lang={questionLanguage()}>{props.feedback[rowIndex()]}</span>
								</p>
							</Show>
						</>
					);
					return (
						<Show
							when={grid()}
							fallback={
								<>
									{words(row)}
									<select
										ref={(select) => select.setAttribute(HOOK.row, '')}
										aria-label={row}
										onChange={(event) => pick(rowIndex(), event.currentTarget.selectedIndex - 1)}
									>
										<option value="" selected={chosen() < 0}>
											{t.choose}
										</option>
										<For each={props.question.choices}>
											{(choice, index) => (
												<option selected={chosen() === index()} lang={questionLanguage()}>
													{choice}
												</option>
											)}
										</For>
									</select>
									<After />
								</>
							}
						>
							<div class="row" ref={(element) => element.setAttribute(HOOK.row, '')} role="radiogroup" aria-label={row}>
								{words(row)}
								<For each={props.question.choices}>
									{(choice, index) => (
										<input
											type="radio"
											name={`${props.question.id}-row-${rowIndex()}`}
											aria-label={choice}
											lang={questionLanguage()}
											checked={chosen() === index()}
											onChange={() => pick(rowIndex(), index())}
										/>
									)}
								</For>
								<After />
							</div>
						</Show>
					);
				}}
			</For>
		</div>
	);
}

import { For, Show } from 'solid-js';
import type { BodyProps } from './body';
import Verdict from '../islands/Verdict';
import { fill, t } from '../shared/messages';
import { questionLanguage } from '../islands/page-data';

/** Items to put in order with "move up" and "move down" buttons; focus follows the item that moved. */
export default function Order(props: BodyProps) {
	let list!: HTMLOListElement;
	const move = (position: number, by: number, button: number) => {
		const value = [...props.value];
		[value[position], value[position + by]] = [value[position + by]!, value[position]!];
		props.setValue(value);
		// The item now sits one row away; its button of the same kind keeps the focus, or the other one at the ends.
		const buttons = list.children[position + by]!.querySelectorAll('button');
		(buttons[button]!.disabled ? buttons[1 - button]! : buttons[button]!).focus();
	};
	return (
		<ol class="order" ref={list}>
			<For each={props.value}>
				{(item, position) => {
					const text = () => props.question.parts[item]!;
					const right = () => props.question.key[position()] === item;
					return (
						<li>
							{/* The list gives the position to screen readers; this shows it, so feedback can refer to it. */}
							<span class="position" aria-hidden="true">
								{position() + 1}
							</span>
							<span class="item" lang={questionLanguage()}>
								{text()}
							</span>
							<button
								type="button"
								aria-label={fill(t.moveUp, { item: text() })}
								disabled={props.done || position() === 0}
								onClick={() => move(position(), -1, 0)}
							>
								↑
							</button>
							<button
								type="button"
								aria-label={fill(t.moveDown, { item: text() })}
								disabled={props.done || position() === props.value.length - 1}
								onClick={() => move(position(), 1, 1)}
							>
								↓
							</button>
							<Show when={props.done}>
								<p class="part-feedback">
									<Verdict
										right={right()}
										text={right() ? t.rightPlace : fill(t.wrongPlace, { n: props.question.key.indexOf(item) + 1 })}
									/>
								</p>
							</Show>
						</li>
					);
				}}
			</For>
		</ol>
	);
}

import { For, Show } from 'solid-js';
import { optionOrder } from '../shared/variants';
import { articleLanguage, questionLanguage, variantSeed } from '../islands/page-data';
import type { BodyProps } from './body';
import Verdict from '../islands/Verdict';
import { t } from '../shared/messages';

/**
 * Options as radio buttons (one answer) or checkboxes (several): single, multiple, highlight, and citing passages.
 * Each option is its label, its control and its words, nothing more: a bank can offer dozens, and every element
 * costs the page's first paint.
 */
export default function Choices(props: BodyProps & { several: boolean; parts?: string[] }) {
	const pick = (index: number, checked: boolean) =>
		props.setValue(props.several ? (checked ? [...props.value, index] : props.value.filter((other) => other !== index)) : [index]);
	const parts = () => props.parts ?? props.question.parts;
	// Options are the bank's words, a highlight's sentences the article's; the passages an open answer cites are named in the interface's.
	const lang = () =>
		({ single: questionLanguage(), multiple: questionLanguage(), highlight: articleLanguage() })[props.question.type as string];
	// A version by seed shows a choice question's options in its own order; each keeps its number in the bank.
	const order = () =>
		props.question.type === 'single' || props.question.type === 'multiple'
			? optionOrder(variantSeed, props.question.id, parts().length)
			: parts().map((_, index) => index);
	return (
		<For each={order()}>
			{(index) => {
				const chosen = () => props.value.includes(index);
				const inKey = () => props.question.key.includes(index);
				return (
					<>
						<label
							class="option"
							lang={lang()}
							data-verdict={props.done && (chosen() || inKey()) ? (inKey() ? 'right' : 'wrong') : undefined}
						>
							<input
								type={props.several ? 'checkbox' : 'radio'}
								name={props.question.id}
								checked={chosen()}
								onChange={(event) => pick(index, event.currentTarget.checked)}
							/>
							{parts()[index]}
							<Show when={chosen() && !props.editable}>
								<span class="your-answer" lang={lang() && document.documentElement.lang}>
									{t.yourAnswer}
								</span>
							</Show>
						</label>
						<Show when={props.done && (chosen() || inKey())}>
							<p class="part-feedback">
								<Verdict right={inKey()} text={chosen() ? (inKey() ? t.right : t.wrong) : t.rightAnswer} />{' '}
								<span lang={questionLanguage()}>{props.feedback[index]}</span>
							</p>
						</Show>
					</>
				);
			}}
		</For>
	);
}

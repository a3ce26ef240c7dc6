import { For, Show } from 'solid-js';
import type { IslandQuestion, Teaching } from '../../core/contract/page-data';
import { articleText, questionLanguage } from '../islands/page-data';
import { isWritten } from '../quiz/phase';
import type { AnswerRecord } from '../quiz/state';
import { t } from '../shared/messages';
import { keepAnswer } from '../stores/quiz';
import Checklist from './Checklist';
import CitedPassages from './CitedPassages';
import { showEvidence } from './highlight-evidence';

// The passages before a judgement come with this module too: the learner's first touch of the quiz loads it.
export { default as CitedPassages } from './CitedPassages';

export interface TaughtProps {
	articleId: string;
	number: number;
	question: IslandQuestion;
	record: AnswerRecord | undefined;
	teaching: Teaching;
	/** Part A of a two-part item whose part B is not answered yet: its explanation and evidence wait. */
	held: boolean;
}

/**
 * What a judged question teaches: a written answer's model and checklist, then the explanation, the evidence, each a
 * link that marks its words in the article, and the cited passages. Only judged questions show it, so it loads on
 * demand with the teaching itself (see ../islands/teaching.ts), and the first load carries none of it.
 */
export default function Taught(props: TaughtProps) {
	return (
		<>
			<Show when={isWritten(props.question)}>
				<Checklist
					teaching={props.teaching}
					covered={props.record?.covered ?? []}
					setCovered={(covered) => keepAnswer(props.articleId, props.question.id, { covered })}
				/>
			</Show>
			<Show when={!props.held} fallback={<p class="note">{t.heldForPartB}</p>}>
				<p lang={questionLanguage()}>{props.teaching.explanation}</p>
				<p class="evidence-heading">{t.evidence}</p>
				<ul class="evidence">
					<For each={props.question.evidence}>
						{(evidence) => (
							<li>
								<a
									href={`#${evidence.anchor}`}
									onClick={(event) => {
										event.preventDefault();
										showEvidence(evidence, props.question.id, props.number, event.currentTarget);
									}}
								>
									{evidence.label}: “{articleText(evidence.anchor).slice(evidence.start, evidence.end)}”
								</a>
							</li>
						)}
					</For>
				</ul>
				<details class="cited-passages">
					<summary>{t.showPassage}</summary>
					<CitedPassages evidence={props.question.evidence} marked />
				</details>
			</Show>
		</>
	);
}

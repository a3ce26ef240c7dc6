import { createSignal, For, Show } from 'solid-js';
import type { IslandQuestion } from '../../core/contract/page-data';
import { shuffled } from '../../core/shuffle';
import { fill, studioWords as t } from '../shared/messages';

/** `items` in a seeded shuffle's order. */
const inShuffle = <T,>(seed: string, items: T[]) => shuffled(seed, items.length).map((index) => items[index]!);

/**
 * The blind view: the questions' prompts and options alone, with no article and no ids, shuffled, and the options too,
 * so the author can try to answer as a test-wise student would. Any question answered here is one to rewrite.
 */
export default function BlindView(props: { questions: IslandQuestion[]; language: string }) {
	const [round, setRound] = createSignal(1);
	const seed = (id = '') => `blind-${round()}-${id}`;
	return (
		<>
			<p class="actions">
				<button type="button" onClick={() => setRound(round() + 1)}>
					{t.blind.shuffle}
				</button>
			</p>
			<ol class="studio-blind" lang={props.language}>
				<For each={inShuffle(seed(), props.questions)}>
					{(question) => (
						<li>
							<p>{question.prompt}</p>
							<Show when={question.type === 'highlight'} fallback={<ul><For each={inShuffle(seed(question.id), question.parts)}>{(part) => <li>{part}</li>}</For></ul>}>
								<p class="note">{fill(t.blind.sentences, { n: (question as { sentenceIds: string[] }).sentenceIds.length })}</p>
							</Show>
							<Show when={'choices' in question && question.choices}>{(choices) => <p class="note">{fill(t.blind.choices, { choices: choices().join(' · ') })}</p>}</Show>
						</li>
					)}
				</For>
			</ol>
		</>
	);
}

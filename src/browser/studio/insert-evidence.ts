import { isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { PassageRef } from '../../core/schema/evidence';

/** A change to the bank's text, as the editor applies it: positions are in the text before any change. */
export interface TextChange {
	from: number;
	to?: number;
	insert: string;
}

/** A YAML value for a quote: JSON's double-quoted string is YAML too, with every quote and backslash escaped. */
const yamlString = (text: string) => JSON.stringify(text);

const columnOf = (text: string, offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);

/** Where to add lines after a node that ends at `offset`: the end of its last line, after any comment on it. */
function afterLine(text: string, offset: number): number {
	const lastCharacter = text.slice(0, offset).trimEnd().length;
	const lineEnd = text.indexOf('\n', lastCharacter);
	return lineEnd === -1 ? text.length : lineEnd;
}

/**
 * The changes that give the question at `cursor` a piece of evidence. A template's empty evidence (its quote still
 * `""`) is filled in, its notes kept; otherwise the evidence goes after the question's last, or under a new `evidence`
 * field. Nothing when the cursor is in no question, or the question's evidence is not a block list.
 */
export function evidenceChanges(
	text: string,
	cursor: number,
	evidence: { passage: PassageRef; quote: string },
): { changes: TextChange[]; questionType: unknown } | undefined {
	const questions = parseDocument(text).get('questions', true);
	if (!isSeq(questions)) return undefined;
	// The question the cursor is in: the last to start before the end of the cursor's line (its `- ` comes before the map).
	const lineEnd = afterLine(text, cursor + 1);
	const question = questions.items.filter((item): item is YAMLMap => isMap(item) && (item.range?.[0] ?? Infinity) <= lineEnd).at(-1);
	if (!question?.range) return undefined;
	const passage = String(evidence.passage);
	const found = (changes: TextChange[]) => ({ changes, questionType: question.get('type') });
	const list = question.get('evidence', true) as Node | undefined;
	if (list === undefined || (isScalar(list) && list.value === null)) {
		const indent = ' '.repeat(columnOf(text, question.range[0]));
		return found([{ from: afterLine(text, question.range[1]), insert: `\n${indent}evidence:\n${indent}  - passage: ${passage}\n${indent}    quote: ${yamlString(evidence.quote)}` }]);
	}
	if (!isSeq(list) || list.flow || !list.range) return undefined;
	const empty = list.items.find((item): item is YAMLMap => isMap(item) && item.get('quote') === '');
	const [passageNode, quoteNode] = [empty?.get('passage', true), empty?.get('quote', true)];
	if (isScalar(passageNode) && passageNode.range && isScalar(quoteNode) && quoteNode.range)
		return found([
			{ from: passageNode.range[0], to: passageNode.range[1], insert: passage },
			{ from: quoteNode.range[0], to: quoteNode.range[1], insert: yamlString(evidence.quote) },
		]);
	const first = list.items[0] as Node | undefined;
	const indent = ' '.repeat(first?.range ? columnOf(text, first.range[0]) - 2 : columnOf(text, question.range[0]) + 2);
	return found([{ from: afterLine(text, list.range[1]), insert: `\n${indent}- passage: ${passage}\n${indent}  quote: ${yamlString(evidence.quote)}` }]);
}

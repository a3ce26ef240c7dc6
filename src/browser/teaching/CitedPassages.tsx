import { For } from 'solid-js';
import type { EvidenceTarget } from '../../core/contract/page-data';
import { articleText } from '../islands/page-data';

/** A passage's words in pieces, the quoted ones marked, overlapping quotes merged. */
function pieces(anchor: string, quotes: EvidenceTarget[]): { text: string; quoted: boolean }[] {
	const text = articleText(anchor);
	const result: { text: string; quoted: boolean }[] = [];
	let at = 0;
	for (const { start, end } of [...quotes].sort((a, b) => a.start - b.start)) {
		if (start > at) result.push({ text: text.slice(at, start), quoted: false });
		if (end > at) result.push({ text: text.slice(Math.max(at, start), end), quoted: true });
		at = Math.max(at, end);
	}
	result.push({ text: text.slice(at), quoted: false });
	return result;
}

/**
 * On a phone the article is far above the question, so its cited passages can open right under it, in a "Show the
 * passage" of the question's own: while it is answered, the whole passages (quiz/reading-aid.ts says which questions
 * offer them), and once it is judged, with the evidence `marked`. Wide screens show the article beside the questions
 * instead (teaching.css). Built from the page's own text, as text: nothing is parsed.
 */
export default function CitedPassages(props: { evidence: EvidenceTarget[]; marked?: boolean }) {
	const passages = () => [...new Set(props.evidence.map((target) => target.anchor))];
	return (
		<For each={passages()}>
			{(anchor) => {
				const quotes = props.evidence.filter((target) => target.anchor === anchor);
				const label = quotes[0]!.label;
				return (
					<figure class="passage-quote">
						<figcaption>{label.charAt(0).toUpperCase() + label.slice(1)}</figcaption>
						<blockquote>
							<For each={props.marked ? pieces(anchor, quotes) : [{ text: articleText(anchor), quoted: false }]}>
								{(piece) => (piece.quoted ? <mark>{piece.text}</mark> : piece.text)}
							</For>
						</blockquote>
					</figure>
				);
			}}
		</For>
	);
}

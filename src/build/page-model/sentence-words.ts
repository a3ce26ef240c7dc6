import { sentenceAnchor } from '../../island-props.ts';
import type { Passage } from '../text/passages.ts';

/** Each sentence of the article by its page anchor: its words, and where it is as a teacher would say it. */
export function sentenceWords(passages: Passage[]): Map<string, { where: string; text: string }> {
	return new Map(
		passages.flatMap((passage) =>
			passage.sentences.map((sentence, index) => [
				sentenceAnchor(passage.anchor, index),
				{ where: `${passageName(passage)}, sentence ${index + 1}`, text: passage.text.slice(sentence.start, sentence.end) },
			]),
		),
	);
}

/** "Paragraph 5", "Headline": a passage's label as the start of a line. */
export const passageName = (passage: Pick<Passage, 'label'>) => passage.label.charAt(0).toUpperCase() + passage.label.slice(1);

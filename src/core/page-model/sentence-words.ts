import { sentenceAnchor } from '../contract/page-data.ts';
import type { Catalogue } from '../messages/catalogue.ts';
import { fill } from '../messages/format.ts';
import type { PassageRef } from '../schema/evidence.ts';
import type { Passage } from '../text/passages.ts';

/** A passage as a teacher names it in the interface's language: "the headline", "paragraph 5". */
export const passageLabel = (ref: PassageRef, t: Catalogue) =>
	typeof ref === 'number' ? fill(t.passages.paragraph, { n: ref }) : t.passages[ref];

/** Each sentence of the article by its page anchor: its words, and where it is as a teacher would say it. */
export function sentenceWords(passages: Passage[], t: Catalogue): Map<string, { where: string; text: string }> {
	return new Map(
		passages.flatMap((passage) =>
			passage.sentences.map((sentence, index) => [
				sentenceAnchor(passage.anchor, index),
				{
					where: fill(t.passages.sentence, { passage: passageName(passage), n: index + 1 }),
					text: passage.text.slice(sentence.start, sentence.end),
				},
			]),
		),
	);
}

/** "Paragraph 5", "Headline": a passage's label as the start of a line. */
export const passageName = (passage: Pick<Passage, 'label'>) => passage.label.charAt(0).toUpperCase() + passage.label.slice(1);

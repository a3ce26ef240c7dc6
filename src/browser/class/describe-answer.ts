import type { ClassQuestion } from '../../core/contract/page-data.ts';
import type { Catalogue } from '../../core/messages/catalogue.ts';
import { fill } from '../../core/messages/format.ts';

/** A learner's answer in words, as the class page shows the most common wrong one. */
export function describeAnswer(question: ClassQuestion, answer: number[], words: Catalogue['classPage']['script']['answer']): string {
	const part = (index: number) => question.parts[index] ?? fill(words.part, { n: index + 1 });
	switch (question.kind) {
		case 'set':
			return answer.length ? answer.map(part).join('; ') : words.nothing;
		case 'order':
			return answer.map(part).join(' → ');
		case 'rows':
			return answer
				.map(
					(choice, row) =>
						`${part(row)} → ${choice < 0 ? words.none : (question.choices?.[choice] ?? fill(words.choice, { n: choice + 1 }))}`,
				)
				.join('; ');
		case 'none':
			return '';
	}
}

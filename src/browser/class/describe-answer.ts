import type { ClassQuestion } from '../../island-props.ts';

/** A learner's answer in words, as the class page shows the most common wrong one. */
export function describeAnswer(question: ClassQuestion, answer: number[]): string {
	const part = (index: number) => question.parts[index] ?? `(part ${index + 1})`;
	switch (question.kind) {
		case 'set':
			return answer.length ? answer.map(part).join('; ') : '(nothing chosen)';
		case 'order':
			return answer.map(part).join(' → ');
		case 'rows':
			return answer
				.map((choice, row) => `${part(row)} → ${choice < 0 ? '(none)' : (question.choices?.[choice] ?? `(choice ${choice + 1})`)}`)
				.join('; ');
		case 'none':
			return '';
	}
}

import type { Catalogue } from '../messages/catalogue.ts';
import { fill, plural } from '../messages/format.ts';

/** How many questions there are, said the same way on the index, the article page and in the quiz. */
export function describeQuestions(questions: { type: string }[], t: Catalogue): string {
	const written = questions.filter((question) => question.type === 'open').length;
	const all = plural(t.intlLocale, t.count.questions, questions.length);
	if (!written) return all;
	return fill(t.count.withWritten, { all, scored: questions.length - written, written: plural(t.intlLocale, t.count.written, written) });
}

import { messagesFor } from '../../core/messages/locales.ts';
import type { ArticlePage } from '../../core/page-model/article-pages.ts';
import { sentenceWords } from '../../core/page-model/sentence-words.ts';
import type { NotCarried } from './not-carried.ts';

/** Text as GIFT reads it: its markup characters escaped, on one line. */
const text = (words: string) => words.replace(/\s+/g, ' ').replace(/[~=#{}:\\]/g, (character) => `\\${character}`);

/** GIFT's weights for a share of the marks, as Moodle accepts them (five decimals for thirds and sixths). */
const weight = (percent: number) => `%${Number(percent.toFixed(5))}%`;

/**
 * An article's questions in Moodle's GIFT format: single and multiple choice, highlight as multiple choice over the
 * sentences it offers, match and classify as matching, open as essay. Each carries its feedback, and its general
 * feedback gives the explanation with the article's evidence quoted. Order questions have no GIFT form.
 */
export function toGift(page: ArticlePage): { gift: string; notCarried: NotCarried[] } {
	const notCarried: NotCarried[] = [];
	const sentences = sentenceWords(page.passages, messagesFor(page.locale));
	const blocks = page.questions.flatMap((question, index) => {
		const teaching = page.teaching[question.id]!;
		const key = page.key[index]!;
		const evidence = key.evidence.map(({ where, quote }) => `${where}: “${quote}”`).join(' ');
		const model = teaching.model ? ` Model answer: ${teaching.model} A good answer covers: ${teaching.checklist!.join('; ')}.` : '';
		const general = `####${text(`${teaching.explanation} Evidence: ${evidence}${model}`)}`;
		const feedback = (part: number) => (teaching.feedback[part] ? ` #${text(teaching.feedback[part])}` : '');
		const head = `::${text(question.id)}:: ${text(question.prompt)}`;
		switch (question.type) {
			case 'single':
				return [
					`${head} {\n${question.parts.map((part, i) => `\t${question.key.includes(i) ? '=' : '~'}${text(part)}${feedback(i)}`).join('\n')}\n\t${general}\n}`,
				];
			case 'multiple':
			case 'highlight': {
				const parts = question.type === 'highlight' ? question.sentenceIds.map((id) => sentences.get(id)!.text) : question.parts;
				if (question.type === 'highlight')
					notCarried.push({
						id: question.id,
						type: 'highlight',
						how: 'carried as multiple choice over the sentences it offers',
						reason: 'GIFT cannot mark sentences in the article; the learner ticks them in a list instead.',
					});
				const right = 100 / question.key.length;
				const lines = parts.map((part, i) => `\t~${weight(question.key.includes(i) ? right : -100)}${text(part)}${feedback(i)}`);
				return [`${head} {\n${lines.join('\n')}\n\t${general}\n}`];
			}
			case 'match':
			case 'classify': {
				const used = new Set(question.key);
				const pairs = question.parts.map((row, i) => `\t=${text(row)} -> ${text(question.choices[question.key[i]!]!)}`);
				// A choice no row takes is still offered, as Moodle offers a distractor: a pair with no question.
				const spare = question.choices.filter((_, choice) => !used.has(choice)).map((choice) => `\t= -> ${text(choice)}`);
				return [`${head} {\n${[...pairs, ...spare].join('\n')}\n\t${general}\n}`];
			}
			case 'open':
				return [`${head} {\n\t${general}\n}`];
			case 'order':
				notCarried.push({
					id: question.id,
					type: 'order',
					how: 'left out',
					reason: 'GIFT has no question that puts items in order.',
				});
				return [];
		}
	});
	const gift = [
		`// ${page.article.title}, ${page.article.publisher}, ${page.article.published}: ${page.article.source}`,
		`$CATEGORY: ${page.id}`,
		...blocks,
	].join('\n\n');
	return { gift: `${gift}\n`, notCarried };
}

import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import * as hook from '../contract/hooks.ts';
import { mark } from '../contract/hooks.ts';
import type { IslandQuestion } from '../contract/page-data.ts';
import { fill, letter } from '../messages/format.ts';
import { messagesFor, type Locale } from '../messages/locales.ts';
import { sentenceWords } from '../page-model/sentence-words.ts';
import { variantHooks } from '../page-model/variant-hooks.ts';
import { directionOf } from '../text/direction.ts';
import type { Passage } from '../text/passages.ts';

/** Every sentence of the article, named as a teacher would say it, for the ones a highlight question offers. */
export type SheetSentences = ReturnType<typeof sentenceWords>;

export interface WorksheetInput {
	questions: IslandQuestion[];
	/** The article's passages, for the words of the sentences a highlight question offers. */
	passages: Passage[];
	/** The questions' language, for their `lang` and `dir`. */
	language: string;
	locale: Locale;
	/** On the article page, the note that says why the questions are not interactive; the worksheet page has none. */
	fallbackNote?: boolean;
}

/**
 * The questions on paper, as a tree (hast): the article page prints it under the quiz, the worksheet page shows it,
 * and the studio's preview and packages use the same. Every string is a text node or an attribute value.
 */
export function worksheetTree({ questions, passages, language, locale, fallbackNote = false }: WorksheetInput): Root {
	const t = messagesFor(locale);
	const sentences = sentenceWords(passages, t);
	return h(null, [
		h('div.worksheet', [
			fallbackNote ? h('p.note.screen-only', mark(hook.quizFailed, t.article.quizFailed), t.article.noScript) : [],
			h(
				'ol.sheet-questions',
				mark(hook.versioned),
				questions.map((question, index) =>
					h('li.sheet-question', variantHooks(question), sheetQuestion(question, index + 1, sentences, { language, locale })),
				),
			),
		]),
	]);
}

/**
 * One question on paper: its number and prompt, what to do, and where to answer. On the projector each question is a
 * slide: its prompt is a level-2 heading, which the projector's script focuses. Letters and numbers on paper never
 * hint at the answer: options keep the bank's order, and order items are lettered in their neutral starting order.
 */
export function sheetQuestion(
	question: IslandQuestion,
	number: number,
	sentences: SheetSentences,
	{ onProjector = false, language, locale }: { onProjector?: boolean; language?: string; locale: Locale },
): ElementContent[] {
	const t = messagesFor(locale);
	const inLanguage = language ? { lang: language, dir: directionOf(language) } : {};
	const lettered = (shuffle: 'options' | 'items', boxed: boolean) =>
		h(
			boxed ? 'ol.lettered.boxed' : 'ol.lettered',
			{ ...mark(hook.shuffle, shuffle), ...inLanguage },
			question.parts.map((part, index) => h('li', mark(hook.part, index), boxed ? [box(), ` ${part}`] : part)),
		);
	const answer: ElementContent[] = [];
	if (question.type === 'single' || question.type === 'multiple') answer.push(lettered('options', false));
	if (question.type === 'order') answer.push(lettered('items', true));
	if (question.type === 'highlight')
		answer.push(
			h(
				'ul.ticks',
				question.sentenceIds.map((id) => h('li', [box(), h('span.where', sentences.get(id)!.where), h('span.sheet-sentence-text', `: ${sentences.get(id)!.text}`)])),
			),
		);
	if (question.type === 'match' || question.type === 'classify')
		answer.push(
			h('p.sheet-choices', [
				question.type === 'match' ? t.sheet.choices : t.sheet.categories,
				...question.choices.flatMap((choice, index) => [h('span.sheet-choice', `${letter(t.sheets.letters, index)}. ${choice}`), ' ']),
			]),
			h('table.sheet-rows', [
				h('thead', h('tr', [h('th', { scope: 'col' }, t.sheet.line), h('th', { scope: 'col' }, t.sheet.letter)])),
				h('tbody', question.parts.map((part) => h('tr', [h('td', part), h('td.blank-cell')]))),
			]),
		);
	if (question.type === 'open') answer.push(h('div.ruled', { ariaHidden: 'true' }, Array.from({ length: 6 }, () => h('span'))));
	return [
		h(onProjector ? 'h2.sheet-prompt' : 'h3.sheet-prompt', onProjector ? mark(hook.prompt) : {}, [
			h('span', mark(hook.sheetNumber), fill(t.quiz.questionNumber, { n: number })),
			' ',
			h('span', inLanguage, question.prompt),
		]),
		h('p.note', t.sheet.instructions[question.type]),
		...answer,
	];
}

/** A box to tick or to write a letter in, which assistive technology skips. */
const box = (): Element => h('span.box', { ariaHidden: 'true' });

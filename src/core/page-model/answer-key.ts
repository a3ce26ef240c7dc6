import type { IslandQuestion, Teaching } from '../contract/page-data.ts';
import type { Catalogue } from '../messages/catalogue.ts';
import type { Skill } from '../schema/skill.ts';
import { letter } from '../messages/format.ts';
import type { Passage } from '../text/passages.ts';
import { passageName, sentenceWords } from './sentence-words.ts';

/** One question as the answer key and the projector show it: everything about its answer, in words. */
export interface KeyEntry {
	id: string;
	number: number;
	prompt: string;
	type: IslandQuestion['type'];
	/** The skill's id, which versions by seed order by, and its name, which the key shows. */
	skill: Skill;
	skillName: string;
	/** The right answer, one line per part, lettered as on the worksheet. Open questions have none: see `model`. */
	answer: AnswerLine[];
	/** The answer at a glance, for the grid a teacher marks with: letters, a sentence's place, or rows and letters. */
	glance: AnswerLine[];
	/** The type's key, for versions by seed, which reletter the options and order items (src/browser/seeded-pages.ts). */
	key: number[];
	size: number;
	heldUntil?: string;
	explanation: string;
	/** Each evidence quote, with the passage it is in. */
	evidence: { where: string; quote: string }[];
	/** open: the model answer and the points a good answer covers. */
	model?: string;
	checklist?: string[];
}

/**
 * A line of an answer: `before` it (an order item's position), the option or item it names by its number in the
 * bank, which the worksheet shows as a letter, and its words.
 */
interface AnswerLine {
	before?: string;
	part?: number;
	text: string;
}

/** The answer of each question in words, lettered as the worksheet letters its parts. */
export function answerKey(questions: IslandQuestion[], teaching: Record<string, Teaching>, passages: Passage[], t: Catalogue): KeyEntry[] {
	const words = sentenceWords(passages, t);
	const lettered = (index: number) => letter(t.sheets.letters, index);
	const byAnchor = new Map(passages.map((passage) => [passage.anchor, passage]));
	return questions.map((question, index) => {
		const taught = teaching[question.id]!;
		return {
			id: question.id,
			number: index + 1,
			prompt: question.prompt,
			type: question.type,
			skill: question.skill,
			skillName: t.skills[question.skill].name,
			answer: answerLines(question, words, lettered),
			glance: glanceLines(question, words, lettered, t),
			key: question.key,
			size: question.size,
			heldUntil: question.heldUntil,
			explanation: taught.explanation,
			evidence: question.evidence.map(({ anchor, label, start, end }) => ({
				where: passageName({ label }),
				quote: byAnchor.get(anchor)!.text.slice(start, end),
			})),
			model: taught.model,
			checklist: taught.checklist,
		};
	});
}

function glanceLines(question: IslandQuestion, words: ReturnType<typeof sentenceWords>, letter: (index: number) => string, t: Catalogue): AnswerLine[] {
	switch (question.type) {
		case 'single':
		case 'multiple':
		case 'order':
			return question.key.map((part) => ({ part, text: '' }));
		case 'highlight':
			return question.key.map((index) => ({ text: words.get(question.sentenceIds[index]!)!.where }));
		case 'match':
		case 'classify':
			return question.key.map((choice, row) => ({ text: `${row + 1} ${letter(choice)}` }));
		case 'open':
			return [{ text: t.pages.key.written }];
	}
}

function answerLines(question: IslandQuestion, words: ReturnType<typeof sentenceWords>, letter: (index: number) => string): AnswerLine[] {
	switch (question.type) {
		case 'single':
		case 'multiple':
			return question.key.map((part) => ({ part, text: question.parts[part]! }));
		case 'highlight':
			return question.key.map((index) => {
				const sentence = words.get(question.sentenceIds[index]!)!;
				return { text: `${sentence.where}: ${sentence.text}` };
			});
		case 'order':
			// The key lists the items shown, by their index, from first to last.
			return question.key.map((part, position) => ({ before: `${position + 1}: `, part, text: question.parts[part]! }));
		case 'match':
		case 'classify':
			return question.parts.map((row, index) => ({
				text: `${row} → ${letter(question.key[index]!)}. ${question.choices[question.key[index]!]}`,
			}));
		case 'open':
			return [];
	}
}

import type { Question } from '../schema/question.ts';
import { sentenceAnchor, type EvidenceTarget, type IslandQuestion, type Teaching } from '../contract/page-data.ts';
import type { CheckedBank } from '../check/check-content.ts';
import type { EvidenceLocation } from '../text/locate-evidence.ts';
import { offeredPassages, type Passage } from '../text/passages.ts';
import { startOrder } from '../shuffle.ts';
import { questionRevision } from './revision.ts';

/** A question as the page carries it: what the learner works with, and, apart, what it teaches once answered. */
export interface PageQuestion {
	island: IslandQuestion;
	teaching: Teaching;
}

type Feedback = (string | undefined)[];

/**
 * Turns a checked question into what the island needs and what it teaches. `locations` are where the checker found its
 * evidence quotes, in order; the keys of highlight questions come from them.
 */
function toPageQuestion(question: Question, locations: EvidenceLocation[], passages: Passage[]): PageQuestion {
	const common = {
		id: question.id,
		skill: question.skill,
		prompt: question.prompt,
		// Worked out from the finished island (see `toPageQuestions`).
		revision: '',
		evidence: locations.map(({ passage, start, end }): EvidenceTarget => ({
			anchor: passage.anchor,
			label: passages.find((other) => other.anchor === passage.anchor)!.label,
			start,
			end,
		})),
	};
	const teaching = (feedback: Feedback = []): Teaching => ({ explanation: question.explanation, hint: question.hint, feedback });
	/** What every scored kind shares: the parts, the key of numbers and how many parts there are. */
	const scored = (parts: string[], key: number[], size = parts.length) => ({ ...common, parts, key, size });
	/** match and classify: each row's text, its right choice and its feedback. */
	const rows = (type: 'match' | 'classify', choices: string[], entries: [string, string, string | undefined][]): PageQuestion => ({
		island: {
			type,
			kind: 'rows',
			choices,
			...scored(
				entries.map(([text]) => text),
				entries.map(([, answer]) => choices.indexOf(answer)),
			),
		},
		teaching: teaching(entries.map(([, , feedback]) => feedback)),
	});

	switch (question.type) {
		case 'single':
		case 'multiple':
			return {
				island: {
					type: question.type,
					kind: 'set',
					...scored(
						question.options.map((option) => option.text),
						question.options.flatMap((option, index) => (option.correct ? [index] : [])),
					),
				},
				teaching: teaching(question.options.map((option) => option.feedback)),
			};
		case 'highlight': {
			const sentences = offeredPassages(question, passages).flatMap((passage) => passage.sentences.map((_, index) => ({ passage, index })));
			const key = locations.map(({ passage, sentence }) =>
				sentences.findIndex((offered) => offered.passage.ref === passage.ref && offered.index === sentence),
			);
			return {
				island: {
					type: 'highlight',
					kind: 'set',
					// The sentences' words are in the article above; the island reads them from there.
					...scored(
						[],
						[...new Set(key)].sort((a, b) => a - b),
						sentences.length,
					),
					sentenceIds: sentences.map((sentence) => sentenceAnchor(sentence.passage.anchor, sentence.index)),
				},
				teaching: teaching(sentences.map((_, index) => (key.includes(index) ? undefined : question.wrongFeedback))),
			};
		}
		case 'order': {
			const shown = startOrder(question.id, question.items.length);
			return {
				island: {
					type: 'order',
					kind: 'order',
					...scored(
						shown.map((item) => question.items[item]!),
						question.items.map((_, item) => shown.indexOf(item)),
					),
				},
				teaching: teaching(),
			};
		}
		case 'match':
			return rows(
				'match',
				question.choices,
				question.pairs.map((pair) => [pair.item, pair.match, pair.feedback]),
			);
		case 'classify':
			return rows(
				'classify',
				question.categories,
				question.statements.map((statement) => [statement.text, statement.category, statement.feedback]),
			);
		case 'open':
			return {
				island: {
					type: 'open',
					kind: 'none',
					points: question.checklist.length,
					...scored(
						passages.map((passage) => passage.label),
						[],
					),
				},
				teaching: { ...teaching(), model: question.model, checklist: question.checklist },
			};
	}
}

/** Every question of a checked bank as the page carries it, with each part A told which part B it waits for. */
/** `passages` are the article's, labelled in the interface's language. */
export function toPageQuestions({ bank: { questions }, locations }: CheckedBank, passages: Passage[]): PageQuestion[] {
	return questions.map((question, index) => {
		const next = questions[index + 1];
		const { island, teaching } = toPageQuestion(question, locations[index] ?? [], passages);
		const revised = { ...island, revision: questionRevision(island) };
		return { island: next?.supports === question.id ? { ...revised, heldUntil: next.id } : revised, teaching };
	});
}

import type { Question } from '../../schema/question.ts';
import { sentenceAnchor, type EvidenceTarget, type IslandQuestion, type ScoredQuestion, type ScoringKind } from '../../island-props.ts';
import type { CheckedBank } from '../check/check-content.ts';
import type { EvidenceLocation } from '../text/locate-evidence.ts';
import { offeredPassages, type Passage } from '../text/passages.ts';
import { startOrder } from './start-order.ts';

/** The start of a prompt, cut at a word, for naming the question in the results. */
export function promptStart(prompt: string, length = 60): string {
	if (prompt.length <= length) return prompt;
	const cut = prompt.lastIndexOf(' ', length);
	return `${prompt.slice(0, cut > 0 ? cut : length).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * Turns a checked question into what the island needs. `locations` are where the checker found its evidence quotes, in
 * order; the keys of highlight questions come from them.
 */
export function toIslandQuestion(question: Question, locations: EvidenceLocation[], passages: Passage[]): IslandQuestion {
	const common = {
		id: question.id,
		skill: question.skill,
		title: promptStart(question.prompt),
		prompt: question.prompt,
		hint: question.hint,
		explanation: question.explanation,
		evidence: locations.map(({ passage, start, end }): EvidenceTarget => ({
			anchor: passage.anchor,
			label: passage.label,
			quote: passage.text.slice(start, end),
			start,
			end,
		})),
	};
	const parts = <Kind extends ScoringKind>(kind: Kind, texts: string[], key: number[], feedback: (string | undefined)[] = []) => ({
		...common,
		kind,
		parts: texts,
		key,
		size: texts.length,
		feedback,
	});

	/** match and classify: each row's text, its right choice and its feedback. */
	const rows = (type: 'match' | 'classify', choices: string[], entries: [string, string, string | undefined][]) => ({
		type,
		...parts(
			'rows',
			entries.map(([text]) => text),
			entries.map(([, answer]) => choices.indexOf(answer)),
			entries.map(([, , feedback]) => feedback),
		),
		choices,
	});

	switch (question.type) {
		case 'single':
		case 'multiple':
			return {
				type: question.type,
				...parts(
					'set',
					question.options.map((option) => option.text),
					question.options.flatMap((option, index) => (option.correct ? [index] : [])),
					question.options.map((option) => option.feedback),
				),
			};
		case 'highlight': {
			const sentences = offeredPassages(question, passages).flatMap((passage) =>
				passage.sentences.map((sentence, index) => ({ passage, index, text: passage.text.slice(sentence.start, sentence.end) })),
			);
			const key = locations.map(({ passage, sentence }) =>
				sentences.findIndex((offered) => offered.passage.ref === passage.ref && offered.index === sentence),
			);
			return {
				type: 'highlight',
				...parts(
					'set',
					sentences.map((sentence) => sentence.text),
					[...new Set(key)].sort((a, b) => a - b),
					sentences.map((_, index) => (key.includes(index) ? undefined : question.wrongFeedback)),
				),
				sentenceIds: sentences.map((sentence) => sentenceAnchor(sentence.passage.anchor, sentence.index)),
			};
		}
		case 'order': {
			const shown = startOrder(question.id, question.items.length);
			return {
				type: 'order',
				...parts(
					'order',
					shown.map((item) => question.items[item]!),
					question.items.map((_, item) => shown.indexOf(item)),
				),
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
				type: 'open',
				...parts(
					'none',
					passages.map((passage) => passage.label),
					[],
				),
				model: question.model,
				checklist: question.checklist,
				points: question.checklist.length,
			};
	}
}

/** Every question of a checked bank as the island gets it, with each part A told which part B it waits for. */
export function toIslandQuestions({ bank: { questions }, locations, article }: CheckedBank): IslandQuestion[] {
	return questions.map((question, index) => {
		const next = questions[index + 1];
		const islandQuestion = toIslandQuestion(question, locations[index] ?? [], article.passages);
		return next?.supports === question.id ? { ...islandQuestion, heldUntil: next.id } : islandQuestion;
	});
}

/** The text-free part of each question, which is all that the score and progress islands need. */
export function toScoredQuestions(questions: IslandQuestion[]): ScoredQuestion[] {
	return questions.map(({ id, skill, kind, key, size, title, points }) => ({ id, skill, kind, key, size, title, points }));
}

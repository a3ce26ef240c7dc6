import { findPassage, offeredPassages, sentenceOf, type Passage } from '../article/passages.ts';
import { findQuote } from '../article/text.ts';
import type { Question, QuestionType } from '../schema/question.ts';
import type { ScoredQuestion } from './score.ts';
import { startOrder } from './start-order.ts';

/** Where an evidence quote sits in the page: the passage's anchor and the quote's offsets in its text. */
export interface EvidenceTarget {
	anchor: string;
	label: string;
	quote: string;
	start: number;
	end: number;
}

/**
 * A question as the quiz island gets it: every type reduced to parts the learner works with and a key of
 * numbers, worked out at build time so the browser needs no per-type logic to score it.
 */
export interface QuizQuestion extends ScoredQuestion {
	type: QuestionType;
	prompt: string;
	hint?: string;
	explanation: string;
	evidence: EvidenceTarget[];
	/** What the learner works with: options, sentences, items in their starting order, rows, or passages to cite. */
	parts: string[];
	/** Feedback for each part, where the author wrote one. */
	feedback: (string | undefined)[];
	/** match and classify: the choices every row picks from. */
	choices?: string[];
	/** highlight: the page anchors of the sentences in `parts`. */
	sentenceIds?: string[];
	/** open: the model answer and the points the learner checks theirs against. */
	model?: string;
	checklist?: string[];
	/** Part A of a two-part item: the id of its part B, until whose answer the explanation and evidence stay hidden. */
	heldUntil?: string;
}

const locate = (passages: Passage[], ref: Question['evidence'][number]['passage'], quote: string) => {
	// The checker has proved that the passage exists and the quote is in it exactly once.
	const passage = findPassage(passages, ref)!;
	return { passage, ...findQuote(passage.text, quote)[0]! };
};

/** The start of a prompt, cut at a word, for naming the question in the results. */
export function promptStart(prompt: string, length = 60): string {
	if (prompt.length <= length) return prompt;
	const cut = prompt.lastIndexOf(' ', length);
	return `${prompt.slice(0, cut > 0 ? cut : length).replace(/[\s,;:]+$/, '')}…`;
}

/** Turns a checked question into what the island needs, resolving evidence and keys against the article. */
export function toQuizQuestion(question: Question, passages: Passage[]): QuizQuestion {
	const common = {
		id: question.id,
		type: question.type,
		skill: question.skill,
		title: promptStart(question.prompt),
		prompt: question.prompt,
		hint: question.hint,
		explanation: question.explanation,
		evidence: question.evidence.map(({ passage: ref, quote }) => {
			const { passage, start, end } = locate(passages, ref, quote);
			return { anchor: passage.anchor, label: passage.label, quote: passage.text.slice(start, end), start, end };
		}),
	};
	const parts = (kind: ScoredQuestion['kind'], texts: string[], key: number[], feedback: (string | undefined)[] = []) => ({
		...common,
		kind,
		parts: texts,
		key,
		size: texts.length,
		feedback,
	});

	/** match and classify: each row's text, its right choice and its feedback. */
	const rows = (choices: string[], entries: [string, string, string | undefined][]) => ({
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
			return parts(
				'set',
				question.options.map((option) => option.text),
				question.options.flatMap((option, index) => (option.correct ? [index] : [])),
				question.options.map((option) => option.feedback),
			);
		case 'highlight': {
			const sentences = offeredPassages(question, passages).flatMap((passage) =>
				passage.sentences.map((sentence, index) => ({ passage, index, text: passage.text.slice(sentence.start, sentence.end) })),
			);
			const key = question.evidence.map(({ passage: ref, quote }) => {
				const { passage, start, end } = locate(passages, ref, quote);
				return sentences.findIndex((sentence) => sentence.passage === passage && sentence.index === sentenceOf(passage, { start, end }));
			});
			return {
				...parts(
					'set',
					sentences.map((sentence) => sentence.text),
					[...new Set(key)].sort((a, b) => a - b),
					sentences.map((_, index) => (key.includes(index) ? undefined : question.wrongFeedback)),
				),
				sentenceIds: sentences.map((sentence) => `${sentence.passage.anchor}-s${sentence.index + 1}`),
			};
		}
		case 'order': {
			const shown = startOrder(question.id, question.items.length);
			return parts(
				'order',
				shown.map((item) => question.items[item]!),
				question.items.map((_, item) => shown.indexOf(item)),
			);
		}
		case 'match':
			return rows(
				question.choices,
				question.pairs.map((pair) => [pair.item, pair.match, pair.feedback]),
			);
		case 'classify':
			return rows(
				question.categories,
				question.statements.map((statement) => [statement.text, statement.category, statement.feedback]),
			);
		case 'open':
			return {
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

/** Every question of a bank as the island gets it, with each part A told which part B it waits for. */
export function toQuizQuestions(questions: Question[], passages: Passage[]): QuizQuestion[] {
	return questions.map((question, index) => {
		const next = questions[index + 1];
		const quizQuestion = toQuizQuestion(question, passages);
		return next?.supports === question.id ? { ...quizQuestion, heldUntil: next.id } : quizQuestion;
	});
}

/** The text-free part of each question, which is all that the score and progress islands need. */
export function toScoredQuestions(questions: QuizQuestion[]): ScoredQuestion[] {
	return questions.map(({ id, skill, kind, key, size, title, points }) => ({ id, skill, kind, key, size, title, points }));
}

import type { Bank } from '../schema/bank.ts';
import type { Question } from '../schema/question.ts';
import { checkCoverage } from './coverage.ts';
import { checkCues, type CueContext } from './cues.ts';
import { checkLeaks } from './leaks.ts';
import { z } from 'zod';
import type { Problem } from './problem.ts';
import { rubricWordsFor, statedCount } from './rubric-words.ts';

/** What the rubric asks of every bank, beyond what the schemas and the checker enforce. */
export interface LintResult {
	/** Fail validation and the build. */
	errors: Problem[];
	/** Printed for the author; they do not fail anything. */
	warnings: Problem[];
}

/** The texts of a question's options or rows, each with whether it is a wrong answer and its feedback. */
function answers(question: Question): { path: PropertyKey[]; text: string; wrong: boolean; feedback?: string }[] {
	switch (question.type) {
		case 'single':
		case 'multiple':
			return question.options.map((option, index) => ({
				path: ['options', index],
				text: option.text,
				wrong: !option.correct,
				feedback: option.feedback,
			}));
		// Every pairing or statement can be placed wrongly, so each needs feedback of its own.
		case 'match':
			return question.pairs.map((pair, index) => ({ path: ['pairs', index], text: pair.item, wrong: true, feedback: pair.feedback }));
		case 'classify':
			return question.statements.map((statement, index) => ({
				path: ['statements', index],
				text: statement.text,
				wrong: true,
				feedback: statement.feedback,
			}));
		default:
			return [];
	}
}

const wordCount = (text: string) => text.trim().split(/\s+/).length;

/** Checks a well-formed bank against the rubric and for test-wiseness cues. `lineOf` locates a path in the bank's file. */
export function lintBank(file: string, bank: Bank, lineOf: (path: PropertyKey[]) => number | undefined, article: CueContext): LintResult {
	const result: LintResult = { errors: [], warnings: [] };
	const report = (kind: keyof LintResult, index: number | undefined, path: PropertyKey[], message: string) => {
		const full = index === undefined ? path : ['questions', index, ...path];
		result[kind].push({
			file,
			line: lineOf(full),
			question: index === undefined ? undefined : `"${bank.questions[index]!.id}"`,
			field: path.length ? z.core.toDotPath(path) : undefined,
			message,
		});
	};

	// A bank in a language of its own is checked by that language's words.
	const language = bank.language ?? article.language;
	const words = rubricWordsFor(language);
	if (!words)
		report(
			'warnings',
			undefined,
			[],
			`the rules on negative stems, "all of the above" and absolute words have no word list for "${language}", so they were skipped`,
		);
	bank.questions.forEach((question, index) => {
		if (words?.negativeStem.test(question.prompt)) {
			report('errors', index, ['prompt'], `is a negative stem (${words.negativeWords}): ask for what is true instead`);
		}
		for (const answer of answers(question)) {
			if (words?.allOfTheAbove.test(answer.text)) {
				report('errors', index, [...answer.path], `"${answer.text}" is not allowed: every option must stand on its own`);
			}
			if (answer.wrong && !answer.feedback)
				report('errors', index, [...answer.path, 'feedback'], 'is required: every wrong answer gets a correction');
		}
		// Learners must know how they are scored: the prompt says how many to choose, or to choose all that apply.
		if (question.type === 'multiple' && words) {
			const correct = question.options.filter((option) => option.correct).length;
			const stated = statedCount(question.prompt, words);
			if (stated !== 'all' && stated !== correct)
				report(
					'errors',
					index,
					['prompt'],
					`must say "${words.choose('all')}" or "${words.choose(correct)}" (${correct} options are right)`,
				);
		}
		if (question.type === 'highlight' && !question.wrongFeedback) {
			report('errors', index, ['wrongFeedback'], 'is required: a wrong sentence gets a correction');
		}
		question.evidence.forEach((evidence, evidenceIndex) => {
			if (wordCount(evidence.quote) < 3) {
				report(
					'warnings',
					index,
					['evidence', evidenceIndex, 'quote'],
					`"${evidence.quote}" is under 3 words, so an edit to the text may break it or make it ambiguous`,
				);
			}
		});
		if (question.type === 'single' || question.type === 'multiple') {
			const lengths = question.options.map((option) => option.text.length);
			if (Math.max(...lengths) > 3 * Math.min(...lengths)) {
				report('warnings', index, ['options'], 'differ in length by more than 3 times; the odd one out gives itself away');
			}
		}
	});

	const singles = bank.questions.filter((question) => question.type === 'single');
	const positions = singles.map((question) => question.options.findIndex((option) => option.correct));
	for (const position of new Set(positions)) {
		const count = positions.filter((other) => other === position).length;
		if (singles.length > 1 && count > singles.length / 2) {
			report(
				'warnings',
				undefined,
				[],
				`the right option is number ${position + 1} in ${count} of ${singles.length} single-choice questions: vary where it sits`,
			);
		}
	}
	checkCues(bank, { ...article, language }, report);
	checkLeaks(bank, report);
	checkCoverage(bank, report);
	return result;
}

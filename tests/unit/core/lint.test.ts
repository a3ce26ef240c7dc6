import { describe, expect, test } from 'vitest';
import { passagesOf } from '../../../src/core/text/passages.ts';
import { lintBank } from '../../../src/core/check/lint.ts';
import { formatProblem } from '../../../src/core/check/problem.ts';
import { bankSchema, type Bank } from '../../../src/core/schema/bank.ts';
import { skills } from '../../../src/core/schema/skill.ts';

/** A single-choice question that passes every rule; `number` varies its id and which option is right. */
const single = (number: number, skill: string) => ({
	id: `q${number}`,
	type: 'single',
	skill,
	prompt: 'When will the bridge reopen?',
	explanation: 'Paragraph 1 says so.',
	evidence: [{ passage: 1, quote: 'would reopen on Friday' }],
	options: ['On Friday', 'On Monday', 'On Sunday'].map((text, index) => ({
		text,
		feedback: 'Because.',
		...(index === number % 3 ? { correct: true as const } : {}),
	})),
});

/** Two questions per skill, with the right option in varied positions: no errors, no warnings. */
const cleanBank = (): Bank =>
	bankSchema.parse({
		article: 'mini',
		questions: skills.flatMap((skill, index) => [single(2 * index, skill), single(2 * index + 1, skill)]),
	});

/** The article the banks are about, for the rules that count sentences or depend on its language. */
const article = {
	language: 'en',
	passages: passagesOf(
		{ title: 'Bridge to reopen', standfirst: 'The mayor spoke.' } as Parameters<typeof passagesOf>[0],
		'The mayor said the bridge would reopen on Friday.',
	),
};

function lint(change: (bank: Bank) => void) {
	const bank = cleanBank();
	change(bank);
	const { errors, warnings } = lintBank('bank.yaml', bank, () => undefined, article);
	return { errors: errors.map(formatProblem), warnings: warnings.map(formatProblem) };
}

test('a bank that follows the rubric has no errors and no warnings', () => {
	expect(lint(() => {})).toEqual({ errors: [], warnings: [] });
});

describe('errors', () => {
	test('a wrong option without feedback', () => {
		expect(
			lint((bank) => {
				const question = bank.questions[0]! as Extract<Bank['questions'][number], { type: 'single' }>;
				delete question.options[1]!.feedback;
			}).errors,
		).toEqual(['bank.yaml › question "q0" › options[1].feedback: is required: every wrong answer gets a correction']);
	});

	test('the right option may go without feedback, as the explanation covers it', () => {
		expect(
			lint((bank) => {
				const question = bank.questions[0]! as Extract<Bank['questions'][number], { type: 'single' }>;
				delete question.options[0]!.feedback;
			}).errors,
		).toEqual([]);
	});

	test('a pair or a statement without feedback', () => {
		const base = { skill: 'attribution', prompt: 'Who?', explanation: 'So.', evidence: [{ passage: 1, quote: 'the bridge would reopen' }] };
		const bank = bankSchema.parse({
			article: 'mini',
			questions: [
				{
					...base,
					id: 'm',
					type: 'match',
					choices: ['B', 'A'],
					pairs: [
						{ item: 'x', match: 'A', feedback: 'Yes.' },
						{ item: 'y', match: 'B' },
					],
				},
				{
					...base,
					id: 'c',
					type: 'classify',
					categories: ['A', 'B'],
					statements: [
						{ text: 'x', category: 'A' },
						{ text: 'y', category: 'B', feedback: 'Yes.' },
					],
				},
				{ ...base, id: 'h', type: 'highlight' },
			],
		});
		expect(lintBank('bank.yaml', bank, () => undefined, article).errors.map(formatProblem)).toEqual([
			'bank.yaml › question "m" › pairs[1].feedback: is required: every wrong answer gets a correction',
			'bank.yaml › question "c" › statements[0].feedback: is required: every wrong answer gets a correction',
			'bank.yaml › question "h" › wrongFeedback: is required: a wrong sentence gets a correction',
		]);
	});

	test.each(['All of the above', 'none of the above'])('"%s"', (text) => {
		expect(
			lint((bank) => {
				(bank.questions[0] as Extract<Bank['questions'][number], { type: 'single' }>).options[2]!.text = text;
			}).errors,
		).toEqual([`bank.yaml › question "q0" › options[2]: "${text}" is not allowed: every option must stand on its own`]);
	});

	test.each(['Which of these is NOT a source?', 'All of these are sources EXCEPT which?'])('a negative stem: %s', (prompt) => {
		expect(
			lint((bank) => {
				bank.questions[0]!.prompt = prompt;
			}).errors,
		).toEqual(['bank.yaml › question "q0" › prompt: is a negative stem (NOT or EXCEPT): ask for what is true instead']);
	});

	test('"not" in lower case is an ordinary word', () => {
		expect(
			lint((bank) => {
				bank.questions[0]!.prompt = 'Which source is not named in full?';
			}).errors,
		).toEqual([]);
	});

	test('a skill outside the taxonomy and a repeated option are refused by the schema', () => {
		const result = bankSchema.safeParse({
			article: 'mini',
			questions: [{ ...single(0, 'spin'), options: [...single(0, 'literal').options, { text: 'on friday', feedback: 'x' }] }],
		});
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['questions.0.skill', 'questions.0.options.3.text']);
	});
});

describe('warnings', () => {
	test('an evidence quote under 3 words', () => {
		expect(
			lint((bank) => {
				bank.questions[0]!.evidence[0]!.quote = 'on Friday';
			}).warnings,
		).toEqual([
			'bank.yaml › question "q0" › evidence[0].quote: "on Friday" is under 3 words, so an edit to the text may break it or make it ambiguous',
		]);
	});

	test('options whose lengths differ by more than 3 times', () => {
		expect(
			lint((bank) => {
				(bank.questions[0] as Extract<Bank['questions'][number], { type: 'single' }>).options[1]!.text =
					'On the Monday after the council meets again in the spring';
			}).warnings,
		).toEqual(['bank.yaml › question "q0" › options: differ in length by more than 3 times; the odd one out gives itself away']);
	});

	test('the right option in the same position in more than half the single-choice questions', () => {
		expect(
			lint((bank) => {
				for (const question of bank.questions.slice(0, 10) as Extract<Bank['questions'][number], { type: 'single' }>[]) {
					question.options.forEach((option, index) => (index === 0 ? (option.correct = true) : delete option.correct));
				}
			}).warnings,
		).toEqual(['bank.yaml: the right option is number 1 in 12 of 18 single-choice questions: vary where it sits']);
	});

	test('a skill with fewer than 2 questions', () => {
		expect(
			lint((bank) => {
				bank.questions[0]!.skill = 'omission';
			}).warnings,
		).toEqual(['bank.yaml: every skill needs at least 2 questions; these have fewer: literal (1)']);
	});

	test('a small bank is asked for as many skills as it has room for, half its size, and no more', () => {
		const small = (skillsOfQuestions: string[]) =>
			lint((bank) => {
				bank.questions.splice(skillsOfQuestions.length);
				skillsOfQuestions.forEach((skill, index) => (bank.questions[index]!.skill = skill as Bank['questions'][number]['skill']));
			}).warnings.filter((warning) => warning.includes('skill'));
		expect(small(['literal', 'literal', 'sourcing', 'sourcing', 'hedging', 'hedging'])).toEqual([]);
		expect(small(['literal', 'literal', 'literal', 'sourcing', 'sourcing', 'sourcing'])).toEqual([
			'bank.yaml: a bank of 6 questions should train at least 3 skills; it trains 2 (literal, sourcing): give some questions another skill, such as vocabulary',
		]);
	});
});

describe('rules that depend on words, by language', () => {
	/** Lints the clean bank in `language` (the article's, or the bank's own), after `change`. */
	function lintIn(language: string, change: (question: Extract<Bank['questions'][number], { type: 'single' }>) => void, own = false) {
		const bank = cleanBank();
		change(bank.questions[0] as Extract<Bank['questions'][number], { type: 'single' }>);
		if (own) bank.language = language;
		const { errors, warnings } = lintBank('bank.yaml', bank, () => undefined, { ...article, language: own ? 'en' : language });
		return { errors: errors.map(formatProblem), warnings: warnings.map(formatProblem) };
	}

	test('Russian: a negative stem and "все вышеперечисленное" are errors', () => {
		const { errors } = lintIn('ru', (question) => {
			question.prompt = 'Что из этого НЕ сказал Песков?';
			question.options[2]!.text = 'Все вышеперечисленное';
		});
		expect(errors).toEqual([
			'bank.yaml › question "q0" › prompt: is a negative stem (НЕ or КРОМЕ): ask for what is true instead',
			'bank.yaml › question "q0" › options[2]: "Все вышеперечисленное" is not allowed: every option must stand on its own',
		]);
	});

	test('Russian: absolute words in every wrong option and in no right one are a cue', () => {
		const { warnings } = lintIn('ru', (question) => {
			question.options = [
				{ text: 'В пятницу', correct: true },
				{ text: 'Всегда в понедельник', feedback: 'Нет.' },
				{ text: 'Никогда не открывался', feedback: 'Нет.' },
			];
		});
		expect(warnings).toEqual([
			'bank.yaml › question "q0" › options: every wrong option has an absolute word (всегда, никогда, только, каждый, все, большинство) and no right one has: reword so the words do not sort them',
		]);
	});

	test('a bank may declare its own language, which its word rules follow', () => {
		const { errors } = lintIn('ru', (question) => (question.prompt = 'Что из этого НЕ сказал Песков?'), true);
		expect(errors).toEqual(['bank.yaml › question "q0" › prompt: is a negative stem (НЕ or КРОМЕ): ask for what is true instead']);
	});

	test('a language with no word list skips those rules, and says so once', () => {
		const { errors, warnings } = lintIn('de', (question) => (question.prompt = 'Was hat Peskow NICHT gesagt?'));
		expect(errors).toEqual([]);
		expect(warnings).toEqual([
			'bank.yaml: the rules on negative stems, "all of the above" and absolute words have no word list for "de", so they were skipped',
		]);
	});
});

describe('a multiple-choice prompt says how it is scored, in its language', () => {
	/** The lint errors of a bank whose first question is a multiple-choice one with two right options and `prompt`. */
	function errorsFor(prompt: string, language: string) {
		const bank = cleanBank();
		bank.questions[0] = bankSchema.parse({
			article: 'mini',
			questions: [
				{
					...single(0, 'literal'),
					type: 'multiple',
					prompt,
					options: ['В пятницу', 'В субботу', 'В понедельник'].map((text, index) => ({
						text,
						feedback: 'Так.',
						...(index < 2 ? { correct: true } : {}),
					})),
				},
			],
		}).questions[0]!;
		return lintBank('bank.yaml', bank, () => undefined, { ...article, language })
			.errors.map(formatProblem)
			.filter((message) => message.includes('prompt'));
	}

	test('English', () => {
		expect(errorsFor('When does it open?', 'en')).toEqual([
			'bank.yaml › question "q0" › prompt: must say "choose all that apply" or "choose two" (2 options are right)',
		]);
		expect(errorsFor('When does it open? Choose two.', 'en')).toEqual([]);
	});

	test('Russian', () => {
		expect(errorsFor('Когда откроют мост?', 'ru')).toEqual([
			'bank.yaml › question "q0" › prompt: must say "выберите все подходящие" or "выберите два" (2 options are right)',
		]);
		expect(errorsFor('Когда откроют мост? Выберите два варианта.', 'ru')).toEqual([]);
		expect(errorsFor('Когда откроют мост? Выберите все подходящие.', 'ru')).toEqual([]);
		expect(errorsFor('Когда откроют мост? Выберите три.', 'ru')).toHaveLength(1);
	});
});

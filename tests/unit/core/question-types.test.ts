import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/core/check/check-content.ts';
import { readContentFiles } from '../../../src/pipeline/load/content-files.ts';
import { formatProblem } from '../../../src/core/check/problem.ts';

// Each type's own checks, on one-question banks about the fixture article
// ("The mayor said the bridge would reopen on Friday." / "Critics said the bridge was unsafe. The mayor said the bridge was safe.").

const articles = readContentFiles(['tests/fixtures/check'], 'articles', '.md');

/** The messages for a bank holding one question, given as YAML lines after its common fields. */
function messagesFor(
	type: string,
	lines: string,
	{ evidence = '      - passage: 2\n        quote: Critics said the bridge was unsafe.', prompt = 'Which is it?' } = {},
) {
	const text = [
		'article: mini',
		'questions:',
		'  - id: q',
		`    type: ${type}`,
		'    skill: literal',
		`    prompt: ${prompt}`,
		'    explanation: Because.',
		'    evidence:',
		evidence,
		lines,
	].join('\n');
	return checkContent(articles, [{ id: 'mini', file: 'bank.yaml', text }]).problems.map((problem) =>
		formatProblem(problem).replace(/^bank\.yaml:\d+ › question "q" › /, ''),
	);
}

const options = (...marks: boolean[]) =>
	[
		'    options:',
		...marks.map((correct, index) => `      - text: Option ${index}\n        feedback: Why.${correct ? '\n        correct: true' : ''}`),
	].join('\n');

describe('multiple', () => {
	test('the prompt must say how many to choose, or to choose all that apply', () => {
		expect(messagesFor('multiple', options(true, true, false))).toEqual([
			'prompt: must say "choose all that apply" or "choose two" (2 options are right)',
		]);
		expect(messagesFor('multiple', options(true, true, false), { prompt: 'Which are right? Choose three.' })).toHaveLength(1);
		expect(messagesFor('multiple', options(true, true, false), { prompt: 'Which are right? Choose two.' })).toEqual([]);
		expect(messagesFor('multiple', options(true, false, true), { prompt: 'Which are right? Choose all that apply.' })).toEqual([]);
	});

	test('every option right, or none, is refused', () => {
		expect(messagesFor('multiple', options(true, true, true))).toContain(
			'options: needs at least one option marked "correct: true" and at least one without, found 3 of 3',
		);
		expect(messagesFor('multiple', options(false, false, false))).toContain(
			'options: needs at least one option marked "correct: true" and at least one without, found 0 of 3',
		);
	});
});

describe('highlight', () => {
	test('a quote within one sentence passes', () => {
		expect(messagesFor('highlight', '    wrongFeedback: Not that one.')).toEqual([]);
	});

	test('a quote that runs across sentences is refused, since the key is whole sentences', () => {
		expect(
			messagesFor('highlight', '    wrongFeedback: Not that one.', { evidence: '      - passage: 2\n        quote: unsafe. The mayor' }),
		).toEqual([
			'evidence[0].quote: "unsafe. The mayor" runs across sentences of paragraph 2: a highlight question quotes within one sentence',
		]);
	});
});

describe('order', () => {
	test('needs 3 to 6 distinct items', () => {
		expect(messagesFor('order', '    items: [First, Second]')).toEqual(['items: needs 3 to 6 items']);
		expect(messagesFor('order', '    items: [First, Second, first]')).toEqual(['items[2]: repeats items[0]']);
		expect(messagesFor('order', '    items: [First, Second, Third]')).toEqual([]);
	});
});

describe('match and classify', () => {
	test('every answer must be one of the choices', () => {
		expect(
			messagesFor(
				'match',
				'    choices: [Mayor, Critics]\n    pairs:\n      - item: safe\n        match: Mayor\n      - item: unsafe\n        match: Critic',
			),
		).toEqual(['pairs[1].match: "Critic" is not one of the choices: "Mayor", "Critics"']);
	});

	test('rows and choices are not repeated', () => {
		expect(
			messagesFor(
				'classify',
				'    categories: [Fact, Opinion, fact]\n    statements:\n      - text: A\n        category: Fact\n      - text: A\n        category: Opinion',
			),
		).toEqual(['categories[2]: repeats categories[0]', 'statements[1].text: repeats statements[0]']);
	});
});

describe('open', () => {
	test('needs a model answer and a checklist of 2 to 6 points', () => {
		expect(messagesFor('open', '    checklist: [One point]')).toEqual(['model: is required', 'checklist: needs 2 to 6 points']);
		expect(messagesFor('open', '    model: A good answer.\n    checklist: [One point, Another]')).toEqual([]);
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkContent, checkParsedBank } from '../../../src/core/check/check-content.ts';
import { readContentFiles } from '../../../src/pipeline/load/content-files.ts';
import { formatProblem } from '../../../src/core/check/problem.ts';
import { parseYaml } from '../../../src/core/text/yaml-source.ts';

const fixtureArticles = readContentFiles(['tests/fixtures/check'], 'articles', '.md');

/** Checks one fixture bank against the fixture article and returns the messages an author would read. */
function messagesFor(bank: string): string[] {
	const file = `tests/fixtures/check/banks/${bank}.yaml`;
	const { problems } = checkContent(fixtureArticles, [{ id: 'mini', file, text: readFileSync(file, 'utf8') }]);
	return problems.map(formatProblem);
}

describe('the real content', () => {
	test('every article and bank passes', () => {
		const roots = ['content'];
		const { problems, articles, banks } = checkContent(
			readContentFiles(roots, 'articles', '.md'),
			readContentFiles(roots, 'questions', '.yaml'),
		);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(articles.map((article) => article.id)).toContain('tass-2023-06-27-putin-lukashenko');
		expect(banks[0]?.bank.questions.length).toBeGreaterThanOrEqual(6);
	});

	test('changing any quote of the real bank to words not in its passage is caught, naming file and question', () => {
		// Parsed once; each variant changes one quote in a copy of the data, so the test stays quick on a busy machine.
		const [articleFile] = readContentFiles(['content'], 'articles', '.md');
		const [bankFile] = readContentFiles(['content'], 'questions', '.yaml');
		const { articles } = checkContent([articleFile!], []);
		const source = parseYaml(bankFile!.text, bankFile!.file);
		const bank = source.data as { questions: { id: string; evidence: { quote: string }[] }[] };
		let changed = 0;
		bank.questions.forEach((question, index) => {
			question.evidence.forEach((_, evidenceIndex) => {
				const data = structuredClone(bank);
				data.questions[index]!.evidence[evidenceIndex]!.quote = 'words that are nowhere in the article';
				const { problems } = checkParsedBank(bankFile!, { ...source, data }, articles);
				expect(problems.map(formatProblem)).toEqual([
					expect.stringMatching(
						new RegExp(
							`^${bankFile!.file}:\\d+ › question "${question.id}" › evidence\\[${evidenceIndex}\\]\\.quote: "words that are nowhere in the article" is not in `,
						),
					),
				]);
				changed++;
			});
		});
		expect(changed).toBeGreaterThanOrEqual(bank.questions.length);
	});

	test('the test fixture site passes too', () => {
		const roots = ['content', 'tests/fixtures/site'];
		const { problems } = checkContent(readContentFiles(roots, 'articles', '.md'), readContentFiles(roots, 'questions', '.yaml'));
		expect(problems.map(formatProblem)).toEqual([]);
	});
});

describe('a bad bank is reported with file, line, question id and field', () => {
	test('a valid bank has no problems', () => {
		expect(messagesFor('valid')).toEqual([]);
	});

	test.each([
		['missing field', 'missing-field', 'tests/fixtures/check/banks/missing-field.yaml:3 › question "reopen-day" › prompt: is required'],
		[
			'unknown paragraph',
			'unknown-paragraph',
			'tests/fixtures/check/banks/unknown-paragraph.yaml:8 › question "reopen-day" › evidence[0].passage: "mini" has no paragraph 7: use "headline", "standfirst" or a paragraph from 1 to 2',
		],
		[
			'quote not found',
			'quote-not-found',
			'tests/fixtures/check/banks/quote-not-found.yaml:9 › question "reopen-day" › evidence[0].quote: "would reopen on Monday" is not in paragraph 1: did you mean "…would reopen on Friday."? (differs at word 4: "Monday")',
		],
		[
			'quote in another passage',
			'quote-other-passage',
			'tests/fixtures/check/banks/quote-other-passage.yaml:9 › question "reopen-day" › evidence[0].quote: "the bridge was safe" is not in paragraph 1, but it is in paragraph 2: set "passage" to 2',
		],
		[
			'quote found twice',
			'quote-twice',
			'tests/fixtures/check/banks/quote-twice.yaml:9 › question "reopen-day" › evidence[0].quote: "said the bridge" occurs 2 times in paragraph 2: quote more words so it occurs once',
		],
		[
			'duplicate id',
			'duplicate-id',
			'tests/fixtures/check/banks/duplicate-id.yaml:18 › question "reopen-day" › id: "reopen-day" is already the id of questions[0]',
		],
		[
			'no correct option',
			'no-correct',
			'tests/fixtures/check/banks/no-correct.yaml:11 › question "reopen-day" › options: needs exactly one option marked "correct: true", found 0',
		],
		[
			'two correct options',
			'two-correct',
			'tests/fixtures/check/banks/two-correct.yaml:11 › question "reopen-day" › options: needs exactly one option marked "correct: true", found 2',
		],
		[
			'an article that does not exist',
			'unknown-article',
			'tests/fixtures/check/banks/unknown-article.yaml:1 › article: no article "maxi" exists (known: "mini", "most")',
		],
	])('%s', (_, bank, message) => {
		expect(messagesFor(bank)).toEqual([message]);
	});

	test('every problem in a bank is reported in one run, in file order', () => {
		expect(messagesFor('many-errors')).toEqual([
			'tests/fixtures/check/banks/many-errors.yaml:5 › question "reopen-day" › skill: must be one of "literal", "vocabulary", "sourcing", "attribution", "hedging", "claim-type", "framing", "omission", "lateral-reading"',
			'tests/fixtures/check/banks/many-errors.yaml:9 › question "reopen-day" › evidence[0].quote: "reopen on Monday" is not in paragraph 1: did you mean "…reopen on Friday."? (differs at word 3: "Monday")',
			'tests/fixtures/check/banks/many-errors.yaml:11 › question "reopen-day" › options: needs 3 to 5 options',
			'tests/fixtures/check/banks/many-errors.yaml:11 › question "reopen-day" › options: needs exactly one option marked "correct: true", found 0',
			'tests/fixtures/check/banks/many-errors.yaml:14 › question #2 › id: is required',
			'tests/fixtures/check/banks/many-errors.yaml:23 › question #2 › options[1].text: repeats options[0]',
			'tests/fixtures/check/banks/many-errors.yaml:27 › question "other-kind" › type: must be one of "single", "multiple", "highlight", "order", "match", "classify", "open"',
		]);
	});

	test('broken YAML is reported with its line', () => {
		const { problems } = checkContent(fixtureArticles, [
			{ id: 'mini', file: 'broken.yaml', text: 'article: mini\nquestions:\n  - id: [unclosed\n' },
		]);
		expect(problems).toHaveLength(1);
		expect(formatProblem(problems[0]!)).toMatch(/^broken\.yaml:\d: YAML syntax: /);
	});

	test('every YAML syntax error in a file is reported in one run', () => {
		const text = 'article: mini\nquestions:\n  - id: [unclosed\n    prompt: "open\n  - id: b\n    skill: {x\n';
		const { problems } = checkContent(fixtureArticles, [{ id: 'mini', file: 'twice.yaml', text }]);
		expect(problems.length).toBeGreaterThan(1);
		for (const problem of problems) expect(formatProblem(problem)).toMatch(/^twice\.yaml:\d+: YAML syntax: /);
	});

	test('a field written twice in one entry is a problem at the second, so neither text is dropped without a word', () => {
		const first = '        feedback: Monday is not mentioned.\n';
		const valid = readFileSync('tests/fixtures/check/banks/valid.yaml', 'utf8');
		const text = valid.replace(first, `${first}        feedback: The article names no Monday.\n`);
		const line = text.split('\n').indexOf('        feedback: The article names no Monday.') + 1;
		const { problems } = checkContent(fixtureArticles, [{ id: 'mini', file: 'twice.yaml', text }]);
		expect(problems.map(formatProblem)).toEqual([
			`twice.yaml:${line}: YAML syntax: \`feedback\` is already set in this entry: keep one of the two and delete the other`,
		]);
	});

	test('an empty text is said to be empty, in an author\'s words rather than zod\'s', () => {
		const text = readFileSync('tests/fixtures/check/banks/valid.yaml', 'utf8').replace('prompt: When will the bridge reopen?', 'prompt: ""');
		const { problems } = checkContent(fixtureArticles, [{ id: 'mini', file: 'empty.yaml', text }]);
		expect(problems.map(({ field, message }) => `${field}: ${message}`)).toEqual(['prompt: is empty: write it in']);
	});

	test('an empty article line, as a new draft in the studio has, says what to write there', () => {
		const text = readFileSync('tests/fixtures/check/banks/valid.yaml', 'utf8').replace('article: mini', 'article:');
		const { problems } = checkContent(fixtureArticles, [{ id: 'mini', file: 'unnamed.yaml', text }]);
		expect(problems.map(formatProblem)).toContain(
			"unnamed.yaml:1 › article: must name the article's file, without .md, such as council-vote (in the studio, the article's file name)",
		);
	});

	test('a second bank in one file, after a line of three dashes, is one located problem, not a crash', () => {
		const text = `${readFileSync('tests/fixtures/check/banks/valid.yaml', 'utf8').trimEnd()}\n---\narticle: mini\nquestions: []\n`;
		const line = text.split('\n').indexOf('---') + 1;
		const { problems } = checkContent(fixtureArticles, [{ id: 'mini', file: 'two.yaml', text }]);
		expect(problems.map(formatProblem)).toEqual([
			`two.yaml:${line}: YAML syntax: a file holds one bank, but the line of three dashes here starts a second: remove it, or move what follows to a file of its own`,
		]);
	});

	test('a bank whose file is named after another article names both', () => {
		const text = readFileSync('tests/fixtures/check/banks/valid.yaml', 'utf8');
		const { problems } = checkContent(fixtureArticles, [{ id: 'bridge-quiz', file: 'bridge-quiz.yaml', text }]);
		expect(problems.map(formatProblem)).toEqual([
			'bridge-quiz.yaml:1 › article: the file is named "bridge-quiz" but its article is "mini": name the file mini.yaml, or correct "article"',
		]);
	});

	test('a second bank about an article is blamed with its line, not the bank named after the article', () => {
		const text = readFileSync('tests/fixtures/check/banks/valid.yaml', 'utf8');
		const { problems } = checkContent(fixtureArticles, [
			{ id: 'bridge-quiz', file: 'bridge-quiz.yaml', text },
			{ id: 'mini', file: 'mini.yaml', text },
		]);
		expect(problems.map(formatProblem)).toEqual([
			'bridge-quiz.yaml:1 › article: the file is named "bridge-quiz" but its article is "mini": name the file mini.yaml, or correct "article"',
		]);
	});

	test('a bank whose article has problems of its own says so, and not that it does not exist', () => {
		const article = readFileSync('tests/fixtures/check/articles/mini.md', 'utf8').replace('published: 2024-01-15', 'published: soon');
		const bank = readFileSync('tests/fixtures/check/banks/valid.yaml', 'utf8');
		const { problems } = checkContent([{ id: 'mini', file: 'mini.md', text: article }], [{ id: 'mini', file: 'mini.yaml', text: bank }]);
		expect(problems.map(formatProblem)).toEqual([
			'mini.md:5 › published: must be a date written YYYY-MM-DD',
			'mini.yaml:1 › article: article "mini" has problems of its own, listed under mini.md: fix those first',
		]);
	});

	test('YAML aliases nested many levels deep are checked without expanding them', () => {
		const aliases = Array.from({ length: 12 }, (_, level) => `l${level + 1}: &l${level + 1} [${Array(10).fill(`*l${level}`).join(', ')}]`);
		const text = ['l0: &l0 [x]', ...aliases, 'article: mini', 'questions: *l12'].join('\n');
		const started = performance.now();
		const { problems } = checkContent(fixtureArticles, [{ id: 'mini', file: 'bomb.yaml', text }]);
		expect(performance.now() - started).toBeLessThan(2000);
		expect(problems[0] && formatProblem(problems[0])).toMatch(/^bomb\.yaml:1: unknown fields "l0", "l1"/);
	});

	test('an unknown field is named', () => {
		const text = readFileSync('tests/fixtures/check/banks/valid.yaml', 'utf8').replace(
			'    skill: literal',
			'    skill: literal\n    answr: 1',
		);
		const { problems } = checkContent(fixtureArticles, [{ id: 'mini', file: 'typo.yaml', text }]);
		expect(problems.map(formatProblem)).toEqual(['typo.yaml:6 › question "reopen-day" › answr: unknown field "answr"']);
	});
});

test('a Russian bank with 6 planted mistakes gets all 6, each with file, line, question, field and a fix', () => {
	const file = 'tests/fixtures/check/banks/most.yaml';
	const { problems } = checkContent(fixtureArticles, [{ id: 'most', file, text: readFileSync(file, 'utf8') }]);
	expect(problems.map(formatProblem)).toEqual([
		`${file}:12 › question "opening-day" › evidence[1].quote: "Мэр А.Г. Иванов сказал, что мост" is not in paragraph 1: did you mean "…Мэр А.Г. Иванов заявил, что мост…"? (differs at word 4: "сказал,")`,
		`${file}:18 › question "opening-day" › options[2]: "Все вышеперечисленное" is not allowed: every option must stand on its own`,
		`${file}:25 › question "who-answered" › prompt: is a negative stem (НЕ or КРОМЕ): ask for what is true instead`,
		`${file}:25 › question "who-answered" › prompt: must say "выберите все подходящие" or "выберите два" (2 options are right)`,
		`${file}:28 › question "who-answered" › evidence[0].quote: "Мэрия - в лице пресс-службы - ответила" is not in paragraph 1, but it is in paragraph 2: set "passage" to 2`,
		`${file}:34 › question "who-answered" › options[2].feedback: is required: every wrong answer gets a correction`,
	]);
});

describe('a bad article is reported with file, line and field', () => {
	test('frontmatter fields are checked', () => {
		const text = readFileSync('tests/fixtures/check/articles/mini.md', 'utf8')
			.replace('published: 2024-01-15', 'published: 15 January')
			.replace('source: https://example.org/mini', 'source: example.org');
		const { problems } = checkContent([{ id: 'mini', file: 'mini.md', text }], []);
		expect(problems.map(formatProblem)).toEqual([
			'mini.md:5 › published: must be a date written YYYY-MM-DD',
			'mini.md:7 › source: must be a web address starting with http:// or https://',
		]);
	});

	test('a declared dateline must be the words that begin paragraph 1', () => {
		const text = readFileSync('tests/fixtures/check/articles/mini.md', 'utf8').replace(
			'language: en',
			'language: en\ndateline: TESTVILLE, May 2.',
		);
		const { problems } = checkContent([{ id: 'mini', file: 'mini.md', text }], []);
		expect(problems.map(formatProblem)).toEqual([
			'mini.md:7 › dateline: paragraph 1 does not begin with "TESTVILLE, May 2." but with "The mayor said"',
		]);
	});

	test('a standfirst is optional; a bank that cites a missing one is told so', () => {
		const article = readFileSync('tests/fixtures/check/articles/mini.md', 'utf8').replace(
			'standfirst: The mayor spoke at a briefing.\n',
			'',
		);
		const bank = readFileSync('tests/fixtures/check/banks/valid.yaml', 'utf8');
		const valid = checkContent([{ id: 'mini', file: 'mini.md', text: article }], [{ id: 'mini', file: 'mini.yaml', text: bank }]);
		expect(valid.problems.map(formatProblem)).toEqual([]);
		expect(valid.articles[0]!.passages.map((passage) => passage.ref)).toEqual(['headline', 1, 2]);
		const citing = bank.replace(/passage: 1\n(\s+)quote: [^\n]+/, 'passage: standfirst\n$1quote: The mayor spoke');
		const { problems } = checkContent([{ id: 'mini', file: 'mini.md', text: article }], [{ id: 'mini', file: 'mini.yaml', text: citing }]);
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(
				/^mini\.yaml:\d+ › question "reopen-day" › evidence\[0\]\.passage: "mini" has no standfirst: use "headline" or a paragraph from 1 to 2$/,
			),
		]);
	});

	test('an article without paragraphs is reported', () => {
		const text = readFileSync('tests/fixtures/check/articles/mini.md', 'utf8').replace(/---\n\n[\s\S]*$/, '---\n');
		const { problems } = checkContent([{ id: 'mini', file: 'mini.md', text }], []);
		expect(problems.map(formatProblem)).toEqual(['mini.md: has no body paragraphs below its frontmatter']);
	});
});

describe('each YAML slip authors commonly make is said in one sentence, at its line, with the fix', () => {
	const valid = readFileSync('tests/fixtures/check/banks/valid.yaml', 'utf8');
	/** The problems of the valid fixture bank with one line changed: exactly what the command line prints. */
	const slip = (line: string, changed: string) => {
		expect(valid).toContain(line);
		return checkContent(fixtureArticles, [{ id: 'mini', file: 'slip.yaml', text: valid.replace(line, changed) }]).problems.map(formatProblem);
	};

	test('a field out of line with its neighbours, too far in or not far enough', () => {
		expect(slip('        correct: true', '      correct: true')).toEqual([
			'slip.yaml:12: YAML syntax: `correct: true` is not lined up with `text:` above it; indent it 2 more spaces',
		]);
		expect(slip('    skill: literal', '      skill: literal')).toEqual([
			'slip.yaml:5: YAML syntax: `skill: literal` is not lined up with `type:` above it; indent it 2 fewer spaces',
		]);
		expect(slip('    skill: literal', '   skill: literal')).toEqual([
			'slip.yaml:5: YAML syntax: `skill: literal` is not lined up with `type:` above it; indent it 1 more space',
		]);
	});

	test('a missing dash before a list item', () => {
		expect(slip('      - text: On Monday', '      text: On Monday')).toEqual([
			"slip.yaml:13: YAML syntax: `text: On Monday` starts the list's next item but has no dash: put `- ` where `text:` starts now",
		]);
	});

	test('a tab in the indent', () => {
		expect(slip('    skill: literal', '\tskill: literal')).toEqual([
			'slip.yaml:5: YAML syntax: this line is indented with a tab, and YAML allows only spaces: replace the tab with spaces',
		]);
	});

	test('an unquoted colon in a value', () => {
		expect(slip('prompt: When will the bridge reopen?', 'prompt: The mayor said: when will the bridge reopen?')).toEqual([
			'slip.yaml:6: YAML syntax: the value of `prompt` contains ": ", which YAML reads as another field; put the value in quotes: `prompt: "The mayor said: when will the bridge reopen?"`',
		]);
	});

	test('a missing space after a colon', () => {
		expect(slip('    type: single', '    type:single')).toEqual([
			'slip.yaml:4: YAML syntax: `type:single` needs a space after the colon: `type: single`',
		]);
	});

	test("a slip is said once, not by every error it sets off below it, and an error of another kind keeps the parser's words", () => {
		const text = valid.replace('    type: single', '    type:single').replace('explanation: Paragraph 1 gives the day.', 'explanation: [unclosed');
		expect(checkContent(fixtureArticles, [{ id: 'mini', file: 'slip.yaml', text }]).problems.map(formatProblem)).toEqual([
			'slip.yaml:4: YAML syntax: `type:single` needs a space after the colon: `type: single`',
			expect.stringMatching(/^slip\.yaml:1[78]: YAML syntax: (?!`)/),
		]);
	});
});

import { find, findAll } from '../shared/hooks.ts';
import type { ClassData } from '../../core/contract/page-data.ts';
import type { ResultsProblem } from '../results/check.ts';
import { element } from '../dom.ts';
import { classWords as t, count, fill } from '../shared/messages.ts';
import { readResultsCodes, readResultsFile, type ReadResult } from './read-results.ts';
import { tally, type ArticleTally, type GridMark, type Learner } from './tally.ts';

const percent = (right: number, of: number) => (of ? `${Math.round((right / of) * 100)}%` : '–');
const bands = ['0–19%', '20–39%', '40–59%', '60–79%', '80–100%'];

/**
 * The class page: results files and codes go in, and the class's results come out, in this browser only. Nothing is
 * stored: leaving the page forgets them.
 */
export function startClassPage(): void {
	const root = find(HOOK.classData)!;
	const data = JSON.parse(root.getAttribute(HOOK.classData)!) as ClassData;
	const byId = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;
	const files = byId<HTMLInputElement>(HOOK.resultsFilesId);
	const codes = byId<HTMLTextAreaElement>(HOOK.resultsCodesId);
	const status = find(HOOK.classStatus, undefined, root)!;
	const problems = find(HOOK.classProblems, undefined, root)!;
	const report = find(HOOK.classReport, undefined, root)!;
	const downloadButton = byId<HTMLButtonElement>(HOOK.downloadCsvId);
	const clearButton = byId<HTMLButtonElement>(HOOK.clearResultsId);
	const added: ReadResult[] = [];

	const counted = () =>
		tally(
			data,
			added.flatMap((result) => ('record' in result ? [result] : [])),
			t.answer,
		);
	const add = (results: ReadResult[]) => {
		added.push(...results);
		const readable = results.filter((result) => 'record' in result).length;
		status.textContent = fill(t.added, { n: readable, total: results.length, all: added.filter((result) => 'record' in result).length });
		render();
	};
	const render = () => {
		const { articles, unknown } = counted();
		const notCounted = (source: string, problem: string) => element('li', {}, fill(t.notCounted, { source, problem }));
		problems.replaceChildren(
			...added.flatMap((result) => ('problem' in result ? [notCounted(result.source, problemWords(result.problem))] : [])),
			...unknown.map((source) => notCounted(source, t.problems['unknown-article'])),
		);
		problems.hidden = !problems.childElementCount;
		report.replaceChildren(...articles.map((article) => articleReport(article, data.skills)));
		for (const button of [downloadButton, clearButton]) button.disabled = articles.length === 0;
	};
	const addFiles = async (list: FileList | null) =>
		add(await Promise.all([...(list ?? [])].map(async (file) => readResultsFile(file.name, await file.text()))));

	for (const part of findAll(HOOK.needsScript, undefined, root)) part.hidden = false;
	render();
	find(HOOK.noScript, undefined, root)?.remove();
	files.addEventListener('change', async () => {
		await addFiles(files.files);
		files.value = '';
	});
	byId(HOOK.addCodesId).addEventListener('click', () => {
		add(readResultsCodes(codes.value, (line) => fill(t.codeOnLine, { n: line })));
		codes.value = '';
	});
	// Files can be dropped anywhere on the page.
	addEventListener('dragover', (event) => event.preventDefault());
	addEventListener('drop', (event) => {
		event.preventDefault();
		void addFiles(event.dataTransfer?.files ?? null);
	});
	downloadButton.addEventListener('click', async () => {
		const { downloadCsv } = await import('./csv.ts');
		downloadCsv(counted().articles);
	});
	clearButton.addEventListener('click', () => {
		added.length = 0;
		status.textContent = t.cleared;
		render();
	});
}

/** A table with a caption, a header row and rows of text. */
function table(caption: string, headers: string[], rows: string[][]): HTMLTableElement {
	return element(
		'table',
		{},
		element('caption', {}, caption),
		element('thead', {}, element('tr', {}, ...headers.map((header) => element('th', { scope: 'col' }, header)))),
		element('tbody', {}, ...rows.map((cells) => element('tr', {}, ...cells.map((cell) => element('td', {}, cell))))),
	);
}

/** An SVG element with attributes and children; its text, like the page's, is always set as text. */
function svg(tag: string, attributes: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
	const made = document.createElementNS('http://www.w3.org/2000/svg', tag);
	for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, String(value));
	made.append(...children);
	return made;
}

/**
 * The scores as a bar chart: a bar per band of 20 points, its count above it and its band below, in text the chart
 * scales with. Its label says the same in words, and the table under it has the numbers.
 */
function distributionChart(distribution: number[]): SVGElement {
	const tallest = Math.max(1, ...distribution);
	const [width, height, bar] = [60, 100, 40];
	return svg(
		'svg',
		{ class: 'class-chart', viewBox: `0 0 ${width * bands.length} ${height + 40}`, role: 'img', 'aria-label': `${t.scores}: ${bands.map((band, index) => `${band} ${distribution[index]}`).join(', ')}` },
		...bands.flatMap((band, index) => {
			const barHeight = (distribution[index]! / tallest) * height;
			const x = index * width + (width - bar) / 2;
			return [
				svg('rect', { x, y: height + 16 - barHeight, width: bar, height: barHeight }),
				svg('text', { x: x + bar / 2, y: height + 12 - barHeight, 'text-anchor': 'middle' }, String(distribution[index])),
				svg('text', { x: x + bar / 2, y: height + 34, 'text-anchor': 'middle' }, band),
			];
		}),
	);
}

const gridSymbols: Record<GridMark['status'], string> = { right: '✓', wrong: '✗', written: '✎', unanswered: '–', other: '≠' };

/**
 * The learner-by-question grid: a row per learner, a column per question in the bank's numbering, each cell a symbol
 * and, for a wrong match or classify, the rows that went wrong; the legend under it says each symbol in words.
 */
function gridTable(questionCount: number, grid: ArticleTally['grid']): HTMLElement {
	const numbers = Array.from({ length: questionCount }, (_, index) => String(index + 1));
	const rows = grid.map(({ learner, marks }) =>
		element(
			'tr',
			{},
			element('th', { scope: 'row' }, learner.record.name || t.noName),
			...marks.map((mark) =>
				element('td', { 'data-status': mark.status }, gridSymbols[mark.status] + (mark.wrongRows?.length ? ` ${mark.wrongRows.join(' ')}` : '')),
			),
		),
	);
	return element(
		'div',
		{ class: 'class-grid', role: 'region', 'aria-label': t.grid, tabindex: '0' },
		element(
			'table',
			{},
			element('caption', {}, t.grid),
			element('thead', {}, element('tr', {}, element('th', { scope: 'col' }, t.name), ...numbers.map((n) => element('th', { scope: 'col' }, n)))),
			element('tbody', {}, ...rows),
		),
		element('p', { class: 'note' }, t.gridLegend),
	);
}

/** Why results could not be read, in words. */
function problemWords(problem: ResultsProblem): string {
	if (problem.problem === 'format') return fill(t.problems.format, { version: problem.version });
	if (problem.problem === 'malformed') return count(t.problems.malformed, problem.fields.length, { fields: problem.fields.join(', ') });
	return t.problems[problem.problem];
}

function learnerNote(learner: Learner): string {
	if (learner.duplicateOf) return fill(t.duplicate, { source: learner.duplicateOf });
	if (learner.otherRevision) return fill(t.otherRevision, learner.otherRevision);
	return '';
}

/** Each written question under its number and prompt, with what each learner wrote, and the number their version gave it. */
function writtenReport(written: ArticleTally['written']): HTMLElement[] {
	if (!written.length) return [];
	const who = ({ learner, shownAs }: ArticleTally['written'][number]['answers'][number]) => {
		const name = learner.record.name || t.noName;
		return shownAs === undefined ? name : fill(t.writtenInVariant, { name, n: shownAs, seed: learner.record.seed! });
	};
	return [
		element(
			'section',
			{ class: 'written-answers', 'aria-labelledby': 'written-heading' },
			element('h3', { id: 'written-heading' }, t.written),
			...written.flatMap(({ number, prompt, answers }) => [
				element('h4', {}, `${number}. ${prompt}`),
				answers.length
					? element(
							'ul',
							{},
							...answers.map((answer) => element('li', {}, `${who(answer)}: `, element('span', { class: 'written-text' }, answer.text))),
						)
					: element('p', { class: 'note' }, t.noneWritten),
			]),
		),
	];
}

function articleReport(
	{ article, learners, grid, distribution, questions, skills, written }: ArticleTally,
	names: ClassData['skills'],
): HTMLElement {
	const skillName = (skill: string) => names[skill]?.name ?? skill;
	const counted = learners.filter((learner) => !learner.duplicateOf).length;
	return element(
		'section',
		{ class: 'class-article', 'aria-label': article.title },
		element('h2', {}, article.title),
		element('p', {}, count(t.learnersCounted, counted)),
		table(
			t.learners,
			[t.name, t.from, t.mode, t.score, t.note],
			learners.map((learner) => [
				learner.record.name || t.noName,
				learner.source,
				`${t.modes[learner.record.mode]}${learner.record.seed ? fill(t.variant, { seed: learner.record.seed }) : ''}`,
				fill(t.ofTotal, { done: learner.right, n: learner.scored }),
				learnerNote(learner),
			]),
		),
		gridTable(article.questions.length, grid),
		distributionChart(distribution),
		table(
			t.scores,
			[t.score, t.learners],
			bands.map((band, index) => [band, String(distribution[index])]),
		),
		table(
			t.questions,
			[t.question, t.skill, t.right, t.commonWrong],
			questions.map((question) => [
				`${question.number}. ${question.prompt}`,
				skillName(question.skill),
				`${fill(t.ofTotal, { done: question.right, n: question.counted })} (${percent(question.right, question.counted)})`,
				question.commonWrong ? `${question.commonWrong.answer} (${question.commonWrong.learners})` : '',
			]),
		),
		table(
			t.skills,
			[t.skill, t.right],
			skills.map((skill) => [
				skillName(skill.skill),
				`${fill(t.ofTotal, { done: skill.right, n: skill.counted })} (${percent(skill.right, skill.counted)})`,
			]),
		),
		...writtenReport(written),
	);
}

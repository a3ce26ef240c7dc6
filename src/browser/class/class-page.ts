import type { ClassData } from '../../island-props.ts';
import { element } from '../dom.ts';
import { readResultsCodes, readResultsFile, type ReadResult } from './read-results.ts';
import { tally, type ArticleTally, type Learner } from './tally.ts';

const percent = (right: number, of: number) => (of ? `${Math.round((right / of) * 100)}%` : '–');
const bands = ['0–19%', '20–39%', '40–59%', '60–79%', '80–100%'];

/**
 * The class page: results files and codes go in, and the class's results come out, in this browser only. Nothing is
 * stored: leaving the page forgets them.
 */
export function startClassPage(): void {
	const root = document.querySelector<HTMLElement>('[data-class]')!;
	const data = JSON.parse(root.dataset.class!) as ClassData;
	const files = root.querySelector<HTMLInputElement>('#results-files')!;
	const codes = root.querySelector<HTMLTextAreaElement>('#results-codes')!;
	const status = root.querySelector<HTMLElement>('[data-class-status]')!;
	const problems = root.querySelector<HTMLElement>('[data-class-problems]')!;
	const report = root.querySelector<HTMLElement>('[data-class-report]')!;
	const downloadButton = root.querySelector<HTMLButtonElement>('#download-csv')!;
	const clearButton = root.querySelector<HTMLButtonElement>('#clear-results')!;
	const added: ReadResult[] = [];

	const add = (results: ReadResult[]) => {
		added.push(...results);
		const readable = results.filter((result) => 'record' in result).length;
		status.textContent = `Added ${readable} of ${results.length}. ${added.filter((result) => 'record' in result).length} results in all.`;
		render();
	};
	const render = () => {
		const { articles, unknown } = tally(
			data,
			added.flatMap((result) => ('record' in result ? [result] : [])),
		);
		problems.replaceChildren(
			...added.flatMap((result) =>
				'problem' in result ? [element('li', {}, `${result.source} was not counted: ${result.problem}.`)] : [],
			),
			...unknown.map((source) => element('li', {}, `${source} was not counted: it is about an article this site does not have.`)),
		);
		problems.hidden = !problems.childElementCount;
		report.replaceChildren(...articles.map((article) => articleReport(article, data.skills)));
		for (const button of [downloadButton, clearButton]) button.disabled = articles.length === 0;
	};
	const addFiles = async (list: FileList | null) =>
		add(await Promise.all([...(list ?? [])].map(async (file) => readResultsFile(file.name, await file.text()))));

	root.querySelectorAll<HTMLElement>('[data-needs-script]').forEach((part) => (part.hidden = false));
	render();
	root.querySelector('[data-no-script]')?.remove();
	files.addEventListener('change', async () => {
		await addFiles(files.files);
		files.value = '';
	});
	root.querySelector('#add-codes')!.addEventListener('click', () => {
		add(readResultsCodes(codes.value));
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
		downloadCsv(
			tally(
				data,
				added.flatMap((result) => ('record' in result ? [result] : [])),
			).articles,
		);
	});
	clearButton.addEventListener('click', () => {
		added.length = 0;
		status.textContent = 'Cleared. Nothing was kept.';
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

function learnerNote(learner: Learner): string {
	if (learner.duplicateOf) return `Duplicate of ${learner.duplicateOf}: not counted again`;
	if (learner.otherVersion)
		return `From another version of the questions: counted for the ${learner.otherVersion.counted} of ${learner.otherVersion.of} that are unchanged`;
	return '';
}

function articleReport({ article, learners, distribution, questions, skills }: ArticleTally, names: ClassData['skills']): HTMLElement {
	const skillName = (skill: string) => names[skill]?.name ?? skill;
	const counted = learners.filter((learner) => !learner.duplicateOf).length;
	return element(
		'section',
		{ class: 'class-article', 'aria-label': article.title },
		element('h2', {}, article.title),
		element('p', {}, `${counted} ${counted === 1 ? 'learner' : 'learners'} counted.`),
		table(
			'Learners',
			['Name', 'From', 'Mode', 'Score', 'Note'],
			learners.map((learner) => [
				learner.record.name || '(no name)',
				learner.source,
				`${learner.record.mode}${learner.record.seed ? `, version “${learner.record.seed}”` : ''}`,
				`${learner.right} of ${learner.scored}`,
				learnerNote(learner),
			]),
		),
		table(
			'Scores',
			['Score', 'Learners'],
			bands.map((band, index) => [band, String(distribution[index])]),
		),
		table(
			'Questions, weakest first',
			['Question', 'Skill', 'Right', 'Most common wrong answer'],
			questions.map((question) => [
				`${question.number}. ${question.prompt}`,
				skillName(question.skill),
				`${question.right} of ${question.counted} (${percent(question.right, question.counted)})`,
				question.commonWrong ? `${question.commonWrong.answer} (${question.commonWrong.learners})` : '',
			]),
		),
		table(
			'Skills, weakest first',
			['Skill', 'Right'],
			skills.map((skill) => [skillName(skill.skill), `${skill.right} of ${skill.counted} (${percent(skill.right, skill.counted)})`]),
		),
	);
}

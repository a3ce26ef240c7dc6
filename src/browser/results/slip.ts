import type { PageData } from '../../island-props.ts';
import { promptStart } from '../quiz/summary.ts';
import { element } from '../dom.ts';
import type { ResultsRecord } from './record.ts';

const verdict = ({ right, answer }: ResultsRecord['questions'][number]) =>
	answer === null ? 'not answered' : right === null ? 'written answer' : right ? '✓ right' : '✗ not right';

/**
 * Fills the one-page results slip and marks the page to print it alone (src/styles/print.css), until the print is
 * done. The slip stays in the page, hidden on screen, until the next one replaces it.
 */
export function fillSlip(data: PageData, record: ResultsRecord): void {
	const slip = document.querySelector('.results-slip') ?? document.querySelector('main')!.appendChild(element('section'));
	slip.className = 'results-slip';
	const when = new Date(record.finished).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
	const skills = element('ul');
	for (const [skill, counts] of Object.entries(record.skills))
		skills.append(element('li', {}, `${data.skills[skill]?.name ?? skill}: ${counts.right} of ${counts.total}`));
	const questions = element('ol');
	record.questions.forEach((question, index) =>
		questions.append(element('li', {}, `${promptStart(data.questions[index]!.prompt, 70)} — ${verdict(question)}`)),
	);
	slip.replaceChildren(
		element('h2', {}, 'Results slip'),
		element('p', {}, `Name: ${record.name || '______________________________'}`),
		element('p', {}, data.title),
		element(
			'p',
			{},
			`${record.mode === 'test' ? 'Test' : 'Practice'}${record.seed ? `, version “${record.seed}”` : ''}, finished ${when}. Questions version ${record.bank}.`,
		),
		element('p', {}, `Score: ${record.score.right} of ${record.score.total} scored questions.`),
		skills,
		questions,
	);
	document.documentElement.dataset.print = 'slip';
	addEventListener('afterprint', () => delete document.documentElement.dataset.print, { once: true });
}

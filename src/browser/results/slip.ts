import { find } from '../shared/hooks.ts';
import type { PageData } from '../../core/contract/page-data.ts';
import { verdictOf, type Status } from '../quiz/phase.ts';
import { promptStart } from '../quiz/summary.ts';
import { element } from '../dom.ts';
import { count, fill, locale, t as messages } from '../shared/messages.ts';
import type { ResultsRecord } from './record.ts';

const t = messages.slip;

/** Where a question stands, in the words and with the mark its card shows on screen. */
const verdict = (status: Status) => `${{ true: '✓ ', false: '✗ ', undefined: '' }[`${verdictOf[status]}`]}${messages.status[status]}`;

/**
 * Fills the one-page results slip and marks the page to print it alone (src/styles/print.css), until the print is
 * done. Each question says where it stands as its card does (`statuses`, in the bank's order), and a written answer
 * comes with its text. The slip stays in the page, hidden on screen, until the next one replaces it.
 */
export function fillSlip(data: PageData, record: ResultsRecord, statuses: Status[]): void {
	const slip = find(HOOK.resultsSlip) ?? document.getElementById(HOOK.mainId)!.appendChild(element('section', { [HOOK.resultsSlip]: '' }));
	slip.className = 'results-slip';
	const when = new Date(record.finished).toLocaleString(locale, { dateStyle: 'long', timeStyle: 'short' });
	const skills = element('ul');
	for (const [skill, counts] of Object.entries(record.skills))
		skills.append(
			element('li', {}, fill(messages.skillScore, { skill: data.skills[skill]?.name ?? skill, done: counts.right, n: counts.total })),
		);
	const questions = element('ol');
	record.questions.forEach(({ answer }, index) => {
		const line = element('li', {}, `${promptStart(data.questions[index]!.prompt, 55)} — ${verdict(statuses[index]!)}`);
		if (typeof answer === 'string') line.append(element('p', { class: 'slip-written' }, answer));
		questions.append(line);
	});
	slip.replaceChildren(
		element('h2', {}, t.heading),
		element('p', {}, fill(t.name, { name: record.name || '______________________________' })),
		element('p', {}, data.title),
		element(
			'p',
			{},
			fill(t.finished, {
				mode: t.modes[record.mode],
				variant: record.seed ? fill(t.variant, { seed: record.seed }) : '',
				when,
				bank: record.bank,
			}),
		),
		element('p', {}, count(t.score, record.score.total, { done: record.score.right })),
		skills,
		questions,
	);
	document.documentElement.setAttribute(HOOK.print, 'slip');
	addEventListener('afterprint', () => document.documentElement.removeAttribute(HOOK.print), { once: true });
}

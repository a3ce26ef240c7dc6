import type { Bank } from '../schema/bank.ts';
import { questionTypes } from '../schema/question.ts';
import { skills } from '../schema/skill.ts';
import type { Report } from './cues.ts';

/** A table of a bank's questions, skill by type, so an author sees its coverage at a glance. */
export function coverageTable(bank: Bank): string {
	const count = (skill?: string, type?: string) =>
		bank.questions.filter((question) => (!skill || question.skill === skill) && (!type || question.type === type)).length;
	const rows = [
		['skill', ...questionTypes, 'total'],
		...skills.map((skill) => [skill, ...questionTypes.map((type) => String(count(skill, type) || '·')), String(count(skill))]),
		['total', ...questionTypes.map((type) => String(count(undefined, type))), String(bank.questions.length)],
	];
	const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
	return rows
		.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '))
		.join('\n');
}

/**
 * How widely a bank trains: one of 2 × 9 questions or more has at least 2 for every skill; a smaller one, questions on
 * at least half as many skills as it has questions, so a 6-question bank is asked for 3 skills, not told that 7 lack
 * questions it has no room for.
 */
export function checkCoverage(bank: Bank, report: Report): void {
	const counts = skills.map((skill) => ({ skill, count: bank.questions.filter((question) => question.skill === skill).length }));
	const size = bank.questions.length;
	if (size >= 2 * skills.length) {
		const thin = counts.filter(({ count }) => count < 2);
		if (thin.length)
			report('warnings', undefined, [], `every skill needs at least 2 questions; these have fewer: ${thin.map(({ skill, count }) => `${skill} (${count})`).join(', ')}`);
		return;
	}
	const trained = counts.filter(({ count }) => count > 0);
	const wanted = Math.ceil(size / 2);
	if (trained.length < wanted)
		report(
			'warnings',
			undefined,
			[],
			`a bank of ${size} questions should train at least ${wanted} skills; it trains ${trained.length} (${trained.map(({ skill }) => skill).join(', ')}): give some questions another skill, such as ${counts.find(({ count }) => count === 0)!.skill}`,
		);
}


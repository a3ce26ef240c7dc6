import type { Bank } from '../schema/bank.ts';
import { questionTypes } from '../schema/question.ts';
import { skills } from '../schema/skill.ts';

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

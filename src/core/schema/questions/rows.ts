import { z } from 'zod';
import { reportRepeats } from './unique.ts';

/** The choices that every row picks one of: 2 to 6, none repeated. */
export const rowChoicesSchema = (list: string) =>
	z
		.array(z.string().trim().min(1))
		.min(2, 'needs 2 to 6 choices')
		.max(6, 'needs 2 to 6 choices')
		.superRefine((choices, context) => reportRepeats(choices, context, list, (index) => [index]));

/**
 * Checks the rows of a `match` or `classify` question against its choices: no row is repeated,
 * and every row's answer is one of the choices, written the same way.
 */
export function checkRows(
	context: z.RefinementCtx,
	names: { choices: string; rows: string; row: string; answer: string },
	choices: string[],
	rows: { row: string; answer: string }[],
): void {
	reportRepeats(
		rows.map(({ row }) => row),
		context,
		names.rows,
		(index) => [names.rows, index, names.row],
	);
	rows.forEach(({ answer }, index) => {
		if (!choices.includes(answer)) {
			context.addIssue({
				code: 'custom',
				path: [names.rows, index, names.answer],
				message: `"${answer}" is not one of the ${names.choices}: ${choices.map((choice) => `"${choice}"`).join(', ')}`,
			});
		}
	});
}

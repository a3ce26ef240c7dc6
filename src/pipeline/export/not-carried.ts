/** A question an export cannot carry as it is, and why: listed in the export's README.txt, never dropped silently. */
export interface NotCarried {
	id: string;
	type: string;
	/** `left out`, or `carried as …` when a nearby form keeps most of it. */
	how: string;
	reason: string;
}

/** The README.txt of an export: what it holds, and every question it could not carry as it is. */
export function exportReadme(format: string, title: string, carried: number, notCarried: NotCarried[]): string {
	return [
		`${format} export of the questions on "${title}", made by Underline.`,
		'',
		`Carried as they are: ${carried} of ${carried + notCarried.length} questions.`,
		notCarried.length
			? `Not carried as they are:\n${notCarried.map(({ id, type, how, reason }) => `- ${id} (${type}): ${how}. ${reason}`).join('\n')}`
			: 'Every question is carried as it is.',
		'',
	].join('\n');
}

/** One thing wrong with the content, located as precisely as the checker can. */
export interface Problem {
	/** The file, relative to the project root, such as `content/questions/x.yaml`. */
	file: string;
	/** The 1-based line in that file, where it is known. */
	line?: number;
	/** The id of the question at fault, or its position when it has no usable id. */
	question?: string;
	/** The field at fault, such as `evidence[0].quote`. */
	field?: string;
	/** What is wrong, in words an author can act on. */
	message: string;
}

/** `content/questions/x.yaml:12 › question "who-said-daily" › evidence[0].quote: "…" is not in paragraph 5` */
export function formatProblem(problem: Problem): string {
	const place = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	const question = problem.question ? ` › question ${problem.question}` : '';
	const field = problem.field ? ` › ${problem.field}` : '';
	return `${place}${question}${field}: ${problem.message}`;
}

/** Every problem on its own line, then a count, so a long report still ends with the total. */
export function formatReport(problems: Problem[]): string {
	const noun = problems.length === 1 ? 'problem' : 'problems';
	return [...problems.map(formatProblem), '', `${problems.length} content ${noun} found.`].join('\n');
}

/** How many questions there are, said the same way on the index, the article page and in the quiz. */
export function describeQuestions(questions: { type: string }[]): string {
	const written = questions.filter((question) => question.type === 'open').length;
	const all = `${questions.length} ${questions.length === 1 ? 'question' : 'questions'}`;
	if (!written) return all;
	const scored = questions.length - written;
	return `${all}: ${scored} scored, ${written} ${written === 1 ? 'written answer' : 'written answers'} you check yourself`;
}

/** How many questions there are, said the same way on the index, the article page and in the quiz. */
export function describeQuestions(questions: { type: string }[]): string {
	const written = questions.filter((question) => question.type === 'open').length;
	const all = `${questions.length} ${questions.length === 1 ? 'question' : 'questions'}`;
	if (!written) return all;
	const scored = questions.length - written;
	return `${all}: ${scored} scored, ${written} ${written === 1 ? 'written answer' : 'written answers'} you check yourself`;
}

/** What the scored count is of: "questions", or "scored questions" where written answers are counted apart. */
export const scoredNoun = (written: number) => (written ? 'scored questions' : 'questions');

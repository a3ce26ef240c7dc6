import type { QuizQuestion } from '../quiz/quiz-question';

/** What every question body gets: the question, the answer being given, and whether to show per-part feedback. */
export interface BodyProps {
	question: QuizQuestion;
	value: number[];
	setValue: (value: number[]) => void;
	/** The answer is final: show which parts are right, with their feedback. */
	done: boolean;
}

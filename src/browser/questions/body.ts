import type { IslandQuestion } from '../../core/contract/page-data';

/** What every question body gets: the question, the answer being given, and what the learner may do with it. */
export interface BodyProps<Question extends IslandQuestion = IslandQuestion> {
	question: Question;
	/** The question's number as the learner sees it. */
	number: number;
	value: number[];
	setValue: (value: number[]) => void;
	/** The answer can still change. When false it is locked: checked, revealed or handed in. */
	editable: boolean;
	/** The answer is final: show which parts are right, with their feedback. */
	done: boolean;
	/** Feedback for each part, once what the question teaches has loaded. */
	feedback: (string | undefined)[];
}

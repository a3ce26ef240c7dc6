import { useStore } from '@nanostores/solid';
import { For } from 'solid-js';
import type { QuizQuestion } from '../quiz/quiz-question';
import { answersFor, saveAnswer } from '../stores/answers';
import SingleQuestion from './SingleQuestion';

interface Props {
	articleId: string;
	questions: QuizQuestion[];
}

/** The article's questions. Rendered in the browser only, so saved answers show from the first frame. */
export default function Quiz(props: Props) {
	const answers = useStore(answersFor(props.articleId));
	return (
		<ol class="questions">
			<For each={props.questions}>
				{(question, index) => (
					<li>
						<SingleQuestion
							number={index() + 1}
							question={question}
							answer={answers()[question.id]}
							onCheck={(answer) => saveAnswer(props.articleId, question.id, answer)}
						/>
					</li>
				)}
			</For>
		</ol>
	);
}

import { $course } from '../stores/course';
import { quizFor } from '../stores/quiz';

/**
 * Resolves once the results have something to report: an answer, a test to hand in or handed in, or a course's word
 * on its link. Until then their code stays unloaded, since all they could show is a score of nothing.
 */
export function resultsDue(articleId: string): Promise<void> {
	const $quiz = quizFor(articleId);
	const due = () => {
		const { mode, answers, submitted } = $quiz.get();
		return mode === 'test' || submitted !== undefined || Object.keys(answers).length > 0 || $course.get() !== undefined;
	};
	return new Promise((resolve) => {
		const check = () => due() && (stops.forEach((stop) => stop()), resolve());
		const stops = [$quiz.listen(check), $course.listen(check)];
		check();
	});
}

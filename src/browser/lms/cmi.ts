import type { IslandQuestion } from '../../core/contract/page-data.ts';
import type { QuizState } from '../quiz/state.ts';
import { countingAnswer, isFinished, isJudged, isWritten, questionStatus } from '../quiz/phase.ts';
import { summarize } from '../quiz/summary.ts';

export type ScormDialect = '1.2' | '2004';

const interactionType: Record<IslandQuestion['type'], string> = {
	single: 'choice',
	multiple: 'choice',
	highlight: 'choice',
	order: 'sequencing',
	match: 'matching',
	classify: 'matching',
	open: 'fill-in',
};

/** Options, items, rows and choices as SCORM names them: a, b, c… (1.2 allows one character each). */
const id = (index: number) => String.fromCharCode(97 + index);

/** A learner's answer in SCORM's notation for its interaction type. */
function response(dialect: ScormDialect, question: IslandQuestion, answer: number[] | string): string {
	const [list, pair] = dialect === '1.2' ? [',', '.'] : ['[,]', '[.]'];
	if (typeof answer === 'string') return answer.slice(0, dialect === '1.2' ? 255 : 4000);
	const value = answer;
	if (question.kind === 'rows') return value.flatMap((choice, row) => (choice < 0 ? [] : [`${id(row)}${pair}${id(choice)}`])).join(list);
	return value.map(id).join(list);
}

/**
 * What the course's gradebook is told, as SCORM data model elements and their values: the score as the percentage
 * of scored questions right, completion and success (against `passingScore`, a percentage), and one interaction per question with
 * the skill as its objective, and the answer and its result once judged (a practice answer once checked, a test's
 * once handed in).
 * The score is sent only once it can be shown: in a test, after handing in.
 */
export function cmiValues(dialect: ScormDialect, questions: IslandQuestion[], state: QuizState, passingScore: number): [string, string][] {
	const summary = summarize(questions, state);
	const round = { mode: state.mode, handedIn: state.submitted !== undefined };
	const finished = isFinished(round, summary);
	const passed = summary.total === 0 || (summary.correct / summary.total) * 100 >= passingScore;
	const success = finished ? (passed ? 'passed' : 'failed') : undefined;
	const values: [string, string][] = [];
	const core = dialect === '1.2' ? 'cmi.core.' : 'cmi.';
	if (summary.revealed) {
		// A percentage, 0 to 100: what SCORM 1.2 asks of a raw score, and what gradebooks take as the grade.
		const share = summary.total ? summary.correct / summary.total : 1;
		values.push([`${core}score.min`, '0'], [`${core}score.max`, '100'], [`${core}score.raw`, String(Math.round(share * 100))]);
		if (dialect === '2004') values.push(['cmi.score.scaled', String(Math.round(share * 1e4) / 1e4)]);
	}
	if (dialect === '1.2') values.push(['cmi.core.lesson_status', success ?? 'incomplete']);
	else values.push(['cmi.completion_status', finished ? 'completed' : 'incomplete'], ['cmi.success_status', success ?? 'unknown']);

	// Every question has its interaction, in order (SCORM 1.2 takes them only one after another); the answer and its
	// result are added once they are judged.
	questions.forEach((question, index) => {
		const at = `cmi.interactions.${index}.`;
		const type = question.type === 'open' && dialect === '2004' ? 'long-fill-in' : interactionType[question.type];
		values.push([`${at}id`, question.id], [`${at}type`, type], [`${at}objectives.0.id`, question.skill]);
		const record = state.answers[question.id];
		const status = questionStatus(question, record, round);
		if (!isJudged(status, round.handedIn)) return;
		const result = isWritten(question) ? 'neutral' : status === 'right' ? 'correct' : dialect === '1.2' ? 'wrong' : 'incorrect';
		values.push(
			[
				`${at}${dialect === '1.2' ? 'student_response' : 'learner_response'}`,
				response(dialect, question, countingAnswer(question, record, state.mode) ?? []),
			],
			[`${at}result`, result],
		);
	});
	return values;
}

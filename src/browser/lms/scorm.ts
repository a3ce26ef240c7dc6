/**
 * Running inside an LMS course: the code the article page loads only when it finds a SCORM API (see find-course.ts).
 * The course keeps the learner's place (suspend data) and gets the score, the statuses and every answer after each
 * change. This browser's storage keeps everything too, so an LMS that refuses a call, or that cannot keep all the
 * answers, loses nothing: the quiz goes on, and says so.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { PageData } from '../../core/contract/page-data.ts';
import { isQuizState, type QuizState } from '../quiz/state.ts';
import { reportCourseLink } from '../stores/course.ts';
import { loadProgress, quizFor, startOver } from '../stores/quiz.ts';
import { cmiValues } from './cmi.ts';
import { packageMode, type Course } from './find-course.ts';

/** SCORM 1.2 keeps at most 4,096 characters of suspend data; 2004, 64,000. */
const suspendLimit = { '1.2': 4096, '2004': 64000 };

/** One way to talk to either version's API: each call says whether the LMS accepted it. */
function adapter({ dialect, api }: Course) {
	const ok = (result: unknown) => result === 'true' || result === true;
	return dialect === '1.2'
		? {
				start: () => ok(api.LMSInitialize('')),
				get: (element: string) => api.LMSGetValue(element),
				set: (element: string, value: string) => ok(api.LMSSetValue(element, value)),
				commit: () => ok(api.LMSCommit('')),
				finish: () => ok(api.LMSFinish('')),
				exit: 'cmi.core.exit',
				entry: 'cmi.core.entry',
			}
		: {
				start: () => ok(api.Initialize('')),
				get: (element: string) => api.GetValue(element),
				set: (element: string, value: string) => ok(api.SetValue(element, value)),
				commit: () => ok(api.Commit('')),
				finish: () => ok(api.Terminate('')),
				exit: 'cmi.exit',
				entry: 'cmi.entry',
			};
}

/** The state the course kept, if it kept one this page can read. */
function savedState(text: string): QuizState | undefined {
	try {
		const state: unknown = JSON.parse(decompressFromEncodedURIComponent(text) ?? '');
		return isQuizState(state) ? state : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Joins the course: resumes from what it kept (a first launch starts afresh, whatever this browser holds from the open
 * site), puts the quiz in the package's mode, then reports its changes and ends the session when the page goes.
 */
export function connectToCourse(course: Course | undefined, { articleId, questions, passingScore }: PageData): void {
	const mode = packageMode();
	// Outside any course, as when a teacher opens the package from disk, there is no LMS to join: only the mode holds.
	if (!course) {
		if (mode && quizFor(articleId).get().mode !== mode) startOver(articleId, mode);
		return;
	}
	const lms = adapter(course);
	if (!lms.start()) {
		reportCourseLink('refused');
		return;
	}
	const $quiz = quizFor(articleId);
	const kept = savedState(lms.get('cmi.suspend_data'));
	if (kept) loadProgress(articleId, kept);
	// A resumed attempt whose answers the course could not keep goes on from this browser's.
	else if (lms.get(lms.entry) !== 'resume') startOver(articleId, mode ?? $quiz.get().mode);
	if (mode && $quiz.get().mode !== mode) startOver(articleId, mode);

	const sent = new Map<string, string>();
	const report = (state: QuizState) => {
		const suspend = compressToEncodedURIComponent(JSON.stringify(state));
		const fits = suspend.length <= suspendLimit[course.dialect];
		const values = cmiValues(course.dialect, questions, state, passingScore);
		if (fits) values.push(['cmi.suspend_data', suspend]);
		// Only what changed is sent; what the LMS refused is sent again with the next change.
		let accepted = true;
		for (const [element, value] of values) {
			if (sent.get(element) === value) continue;
			if (lms.set(element, value)) sent.set(element, value);
			else accepted = false;
		}
		accepted = lms.commit() && accepted;
		reportCourseLink(!accepted ? 'refused' : fits ? 'connected' : 'too-large');
	};
	report($quiz.get());
	// Changes that come close together (a written answer changes with every key) are sent once, after a pause: an
	// LMS commits over the network, so a commit per key press would load it and the learner's device for nothing.
	let pending: ReturnType<typeof setTimeout> | undefined;
	$quiz.listen(() => {
		clearTimeout(pending);
		pending = setTimeout(() => report($quiz.get()), 300);
	});
	addEventListener(
		'pagehide',
		() => {
			clearTimeout(pending);
			report($quiz.get());
			// "suspend": the learner may come back to this attempt, and the course resumes it from the suspend data.
			lms.set(lms.exit, 'suspend');
			lms.commit();
			lms.finish();
		},
		{ once: true },
	);
}

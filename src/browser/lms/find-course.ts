import type { Mode } from '../quiz/state';

/** The mode a course package sets (`npm run package -- --mode test`), if the page is in one that does. */
export const packageMode = () => (document.documentElement.getAttribute(HOOK.courseMode) ?? undefined) as Mode | undefined;

/** The SCORM 1.2 API an LMS offers its content (`window.API`). */
interface Scorm12Api {
	LMSInitialize(empty: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(empty: ''): string;
	LMSFinish(empty: ''): string;
}

/** The SCORM 2004 API an LMS offers its content (`window.API_1484_11`). */
interface Scorm2004Api {
	Initialize(empty: ''): string;
	GetValue(element: string): string;
	SetValue(element: string, value: string): string;
	Commit(empty: ''): string;
	Terminate(empty: ''): string;
}

/** A course in an LMS that this page runs inside, by the version of SCORM its API speaks. */
export type Course = { dialect: '1.2'; api: Scorm12Api } | { dialect: '2004'; api: Scorm2004Api };

type Frame = Window & { API?: Scorm12Api; API_1484_11?: Scorm2004Api };

/**
 * Looks for an LMS's SCORM API the standard way: in this window and each parent up the frames, then from the window
 * that opened this one, 2004's before 1.2's. A parent from another origin cannot be read, which ends the search there.
 * On the open site there is none, and nothing else happens.
 */
export function findCourse(): Course | undefined {
	for (const start of [window, window.opener as Window | null]) {
		let frame = start as Frame | null;
		for (let depth = 0; frame && depth < 10; depth++) {
			try {
				if (frame.API_1484_11) return { dialect: '2004', api: frame.API_1484_11 };
				if (frame.API) return { dialect: '1.2', api: frame.API };
			} catch {
				break;
			}
			if (frame.parent === frame) break;
			frame = frame.parent as Frame;
		}
	}
	return undefined;
}

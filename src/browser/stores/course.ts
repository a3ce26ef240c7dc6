import { atom } from 'nanostores';

/**
 * Inside an LMS: whether the learner's results reach the course. `refused`: the LMS turned a call down; `too-large`:
 * the answers no longer fit in what the LMS keeps (SCORM 1.2 keeps 4,096 characters). In both, the quiz goes on
 * from this browser's storage, and the learner is told.
 */
export type CourseLink = 'connected' | 'refused' | 'too-large';

export const $course = atom<CourseLink | undefined>(undefined);

export function reportCourseLink(link: CourseLink): void {
	$course.set(link);
}

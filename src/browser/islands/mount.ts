import { find, findAll, select } from '../shared/hooks';
import type { Component } from 'solid-js';
import { createComponent, render } from 'solid-js/web';
import Progress from './Progress';
import Quiz from './Quiz';
import { findCourse, packageMode } from '../lms/find-course';
import { watchQuiz } from './near';
import { pageData, variantSeed } from './page-data';
import { resultsDue } from './results-due';
import { t } from '../shared/messages';
import { summaryFor } from '../stores/quiz';

/** A task of its own for what follows, so that on a slow phone no single task holds up the page for long. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** The islands an article page names in its `island` hooks, but for the results, whose code loads when it is due. */
const islands: Record<string, Component> = { progress: Progress, quiz: Quiz };

// The article page's one script. The islands are mounted here rather than through Astro's island loader, whose
// inline loader and per-island entry files cost about 2 KB gzip for three components that take no props and render
// once. What an island shows until it runs (a count, a note) is inside its element and gives way to it; the worksheet
// stays beside the quiz, for printing (src/styles/print.css).
/**
 * Mounts each island. Inside an LMS course, the course's record of the learner's place comes first, before anything
 * shows the answers. Not awaited at the top of this module: the course's code imports the stores from this chunk,
 * which would wait for this module to finish, which would wait for the course's code.
 */
async function mountIslands(): Promise<void> {
	const course = findCourse();
	// A package opened outside any course, as a teacher tries it before handing it out, still runs in its mode.
	if (course || packageMode()) (await import('../lms/scorm')).connectToCourse(course, pageData());
	// The page's questions and the learner's saved answers are read first, in a task of their own (6–16 ms at 4× CPU).
	// The first island used to read them: the progress line's mount then took 16–81 ms, over 50 in a quarter of loads.
	if (quiz) {
		await nextTask();
		const { articleId, questions } = pageData();
		summaryFor(articleId, questions).get();
	}
	for (const element of findAll(HOOK.island)) {
		await nextTask();
		const island = islands[element.getAttribute(HOOK.island)!];
		if (island) show(island, element);
		else {
			// The results: their place says when they will show, and their code loads then (see results-due.ts).
			element.querySelector('p')!.textContent = t.resultsSoon;
			void resultsDue(pageData().articleId)
				.then(() => import('../results/Results'))
				.then((module) => show(module.default, element));
		}
		element.setAttribute(HOOK.mounted, '');
	}
}

function show(island: Component, element: Element): void {
	element.replaceChildren();
	// In the same task as the quiz renders, so no frame shows both, and a link to a question lands where it stays.
	if (island === Quiz) document.documentElement.classList.add('quiz-running');
	render(() => createComponent(island, {}), element);
}
const quiz = find(HOOK.quiz);
if (quiz) watchQuiz(quiz);
void mountIslands();

// A version by seed prints its worksheet in its own order too.
if (variantSeed) void import('../seeded-pages').then((module) => module.applyVariant());

// Saving and loading progress: buttons in the page's own markup, whose code loads at the first click.
const progressFile = find(HOOK.progressFile);
if (progressFile) {
	progressFile.hidden = false;
	const action = (event: Event) => {
		const target = (event.target as HTMLElement).closest<HTMLElement>(select(HOOK.progressAction));
		if (target) void import('../results/progress-file').then((module) => module.onProgressAction(target, pageData().articleId));
	};
	progressFile.addEventListener('click', action);
	progressFile.addEventListener('change', action);
}

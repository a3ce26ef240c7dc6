/**
 * The page's markup hooks: every attribute and id that a script looks for in markup written elsewhere, named once.
 * Markup imports it as a namespace, `import * as hook from '…/contract/hooks'`, and writes a hook with `mark`
 * (`<div {...mark(hook.island, 'quiz')}>`); browser code names it as `HOOK.island`, a constant the build writes in
 * (src/pipeline/hook-constants.ts), and finds it with the helpers of src/browser/shared/hooks.ts. Renaming one here makes every use a type error, in .astro, .ts and .tsx files alike;
 * each is a constant of its own, so a page's script carries only the hooks it uses. Classes are for styles only.
 *
 * The JSON that attributes carry is typed in page-data.ts (`PageData` in `quiz`, `ClassData` in `classData`, the
 * interface's words in `messages`). No page dispatches events of its own; scripts listen for the platform's.
 */
// The article page, its islands and their data.
/** An island's element, by name (progress, quiz, results); the mount script replaces its contents. */
export const island = 'data-island';
/** Set on an island's element once it has mounted: tests wait for every island to have it. */
export const mounted = 'data-mounted';
/** The quiz's data, once for every island (`PageData`). */
export const quiz = 'data-quiz';
/** The interface's words the page's script needs, in the page's own locale (src/browser/shared/messages.ts). */
export const messages = 'data-messages';
/** A passage's own text (its sentences), apart from its number and markers. */
export const passageText = 'data-passage-text';
/** A sentence of a passage, by its number in the passage; its id is its anchor (`sentenceAnchor`). */
export const sentence = 'data-sentence';
/** Evidence quoted from a passage, highlighted while the learner looks at it. */
export const evidence = 'data-evidence';
/** A sentence the active highlight question offers for selection, and one selected. */
export const selectable = 'data-selectable';
export const selected = 'data-selected';
/** The way back from highlighted evidence to its question. */
export const backToQuestion = 'data-back-to-question';
/** A marker in the article linking a passage to a question that cites it, by the question's id. */
export const citedBy = 'data-question';
/** A note that stays closed and out of reach while a test runs. */
export const closedInTest = 'data-closed-in-test';
/** Words about the site itself, left out of a course package. */
export const siteOnly = 'data-site-only';
/** What a worksheet note says if the quiz's script cannot load; the note shows it then. */
export const quizFailed = 'data-failed';
/** On the studio's island: the site's articles, each with the address of the module of its source files (JSON). */
export const siteArticles = 'data-site-articles';
/**
 * A place in a page template (the studio's preview and packages) that a draft's page fills: `article`, `worksheet`,
 * `count`; see src/core/render/page-fill.ts.
 */
export const fill = 'data-fill';
/** On <html> in a course package: the mode the package sets (practice or test). */
export const courseMode = 'data-course-mode';
/** On <html> while a results slip is printing. */
export const print = 'data-print';
/** A question's card, and its Check (or Compare) button. */
export const questionCard = 'data-question-card';
export const checkButton = 'data-check';
/** A row of a match or classify question. */
export const row = 'data-row';
/** The results slip. */
export const resultsSlip = 'data-results-slip';
/** Saving and loading progress: the panel, and each control by what it does (save, choose, load). */
export const progressFile = 'data-progress-file';
export const progressAction = 'data-progress-action';
/** Where the progress panel says what loading a file did. */
export const progressStatus = 'data-progress-status';

// Versions by seed on the worksheet, the answer key and the projector view (src/browser/seeded-pages.ts).
/** The list whose items a version by seed reorders. */
export const versioned = 'data-versioned';
/** An item of that list: its question's id, type, skill, number of parts, key and part B. */
export const questionId = 'data-question-id';
export const questionType = 'data-type';
export const questionSkill = 'data-skill';
export const partCount = 'data-size';
export const key = 'data-key';
export const heldUntil = 'data-held-until';
/** The number a sheet prints before a question. */
export const sheetNumber = 'data-sheet-number';
/** A list of options or order items that a version shuffles, and each part by its number in the bank. */
export const shuffle = 'data-shuffle';
export const part = 'data-part';
/** An answer's list in the key, and the letter of each line. */
export const answer = 'data-answer';
export const letter = 'data-letter';
/** A link that keeps the version by seed. */
export const keepVariant = 'data-keep-variant';

// The projector view (src/browser/projector.ts).
export const slide = 'data-slide';
/** The part of a slide that names it (its question), which the slide is labelled by. */
export const slideHeading = 'data-slide-heading';
/** A question's prompt, which a key press focuses. */
export const prompt = 'data-prompt';
/** The bar of controls, each step button by how far it moves, and the line that says where the class is. */
export const presentNav = 'data-present-nav';
export const step = 'data-step';
export const position = 'data-position';
/** A panel that a key shows or hides, by the key (a, e). */
export const reveal = 'data-reveal';

// The class page (src/browser/class/class-page.ts).
/** The class page's data (`ClassData`). */
export const classData = 'data-class';
export const noScript = 'data-no-script';
export const needsScript = 'data-needs-script';
export const classStatus = 'data-class-status';
export const classProblems = 'data-class-problems';
export const classReport = 'data-class-report';

// The teacher's links (CopyableLinks.astro) and the home page's clear-data control.
export const path = 'data-path';
export const copyStatus = 'data-copy-status';
export const copied = 'data-copied';
export const copyFailed = 'data-copy-failed';
export const ask = 'data-ask';
export const done = 'data-done';

/** Ids a script looks up or a link points at, across files. Anchors of passages and questions are in page-data.ts. */
export const mainId = 'main';
export const quizHeadingId = 'quiz-heading';
export const resultsHeadingId = 'results-heading';
export const aboutSourceId = 'about-this-source';
export const backgroundId = 'background';
export const resultsFilesId = 'results-files';
export const resultsCodesId = 'results-codes';
export const addCodesId = 'add-codes';
export const downloadCsvId = 'download-csv';
export const clearResultsId = 'clear-results';
export const clearAllDataId = 'clear-all-data';
/** The home page's line of an article's progress in this browser: the article's id, and its words for some answers and for a test handed in, with {n}. */
export const articleProgress = 'data-article-progress';
export const answeredWords = 'data-answered';
export const handedInWords = 'data-handed-in';
export const clearAllStatusId = 'clear-all-status';

/** The anchor of a slide of the projector view, by its position (1, 2 …): `#slide-3` keeps the place. */
export const slideAnchor = (position: number) => `slide-${position}`;

/** The position a slide's anchor names (`#slide-3`: 3), if the fragment is one. */
export const slidePosition = (fragment: string) => {
	const match = /^#slide-(\d+)$/.exec(fragment);
	return match ? Number(match[1]) : undefined;
};

/** A hook: the data attribute a piece of markup carries. */
export type Hook = `data-${string}`;

/**
 * Markup: a hook as an attribute to spread, `<div {...mark(hook.island, 'quiz')}>`. With no value it is written bare,
 * and with `true` too; with `false` or `undefined` it is left out.
 */
export function mark(hook: Hook, ...value: [] | [string | number | boolean | undefined]): Record<string, string> {
	const [given] = value.length ? value : [true];
	return given === false || given === undefined ? {} : { [hook]: given === true ? '' : String(given) };
}

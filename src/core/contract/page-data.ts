/**
 * What the build hands to the browser: plain data and tiny pure helpers, written by src/core/page-model/ and read by
 * src/browser/. The page's markup hooks are in ./hooks.ts.
 *
 * A question takes seven shapes on its way from a bank file to a teacher's spreadsheet:
 *
 * | Shape              | Defined in                        | Holds                                                        | Lives                     |
 * | ------------------ | --------------------------------- | ------------------------------------------------------------ | ------------------------- |
 * | `Question`         | core/schema/question.ts           | what the author wrote, per type                              | the bank's YAML           |
 * | checked question   | core/check/check-content.ts       | `Question` and where each evidence quote is (`locations`)    | the check, in memory      |
 * | `PageQuestion`     | core/page-model/island-questions  | an `IslandQuestion` and its `Teaching`, built together       | the page model            |
 * | `IslandQuestion`   | here                              | parts and a key of numbers: enough to show and score it      | the page, in `data-quiz`  |
 * | `Teaching`         | here                              | explanation, hint, feedback, model answer: shown once judged | a module loaded on demand |
 * | `ResultsQuestion`  | browser/results/record.ts         | the answer that counts, right or not, and the revision       | results files and codes   |
 * | `ClassQuestion`    | here                              | enough to name a question and put an answer back into words  | the class page            |
 *
 * A learner's answer to one is an `AnswerRecord` (browser/quiz/state.ts), and `questionPhase` (browser/quiz/phase.ts)
 * says what that record means.
 */
import type { PassageRef } from '../schema/evidence.ts';
import type { Skill } from '../schema/skill.ts';

/**
 * How a question's answer is compared with its key. Every answer is a list of numbers:
 * - `set`: the options or sentences chosen, in any order (single, multiple, highlight); right when it equals the key as a set;
 * - `rows`: the choice picked for each row (match, classify), -1 for a row not answered yet; right when every row has its key choice;
 * - `order`: the items as arranged (order); right when the arrangement is the key;
 * - `none`: not auto-scored (open).
 */
type ScoringKind = 'set' | 'rows' | 'order' | 'none';

/** What scoring and the results need to know of a question: no options or passages. */
export interface ScoredQuestion {
	id: string;
	skill: Skill;
	kind: ScoringKind;
	/** set: the right indices; rows: the right choice of each row; order: the right sequence of item indices. */
	key: number[];
	/** How many options, sentences, rows or items the learner works with. */
	size: number;
	/** open: how many checklist points a good answer covers. */
	points?: number;
}

/**
 * Where an evidence quote sits in the page: the passage's anchor and the quote's offsets in its text. The words
 * themselves are not repeated here: the browser reads them from the passage, which the page already shows.
 */
export interface EvidenceTarget {
	anchor: string;
	label: string;
	start: number;
	end: number;
}

/** What every island question has, whatever its type: the prompt and the parts the learner works with. */
interface IslandQuestionBase extends ScoredQuestion {
	prompt: string;
	/**
	 * The question's revision: a short hash of what it asks and what counts as right. Results from another revision
	 * of a bank are counted only for the questions whose revision is unchanged (results files call it `version`).
	 */
	revision: string;
	evidence: EvidenceTarget[];
	/** What the learner works with: options, items in their starting order, rows, or passages to cite (highlight: none, see `sentenceIds`). */
	parts: string[];
	/** Part A of a two-part item: the id of its part B, until whose answer the explanation and evidence stay hidden. */
	heldUntil?: string;
}

interface ChoiceIsland extends IslandQuestionBase {
	type: 'single' | 'multiple';
	kind: 'set';
}

export interface HighlightIsland extends IslandQuestionBase {
	type: 'highlight';
	kind: 'set';
	/** The page anchors of the sentences offered, whose words the browser reads from the article. */
	sentenceIds: string[];
}

interface OrderIsland extends IslandQuestionBase {
	type: 'order';
	kind: 'order';
}

export interface RowsIsland extends IslandQuestionBase {
	type: 'match' | 'classify';
	kind: 'rows';
	/** The choices every row picks from. */
	choices: string[];
}

interface OpenIsland extends IslandQuestionBase {
	type: 'open';
	kind: 'none';
	/** How many checklist points a good answer covers (the points themselves are teaching). */
	points: number;
}

/**
 * A question as the quiz island gets it: every type reduced to parts and a key of numbers, worked out at build time
 * so the browser needs no per-type logic to score it. Told apart by `type`.
 */
export type IslandQuestion = ChoiceIsland | HighlightIsland | OrderIsland | RowsIsland | OpenIsland;

/**
 * What a question teaches once it has been answered: shown only after checking or handing in, so it is not in the page
 * but in a small module the browser loads when it is first needed (see `teachingUrl`).
 */
export interface Teaching {
	/** Why the right answer is right. */
	explanation: string;
	/** Practice: the nudge after a wrong first try. */
	hint?: string;
	/** Feedback for each part (option, sentence, row), where the author wrote one. */
	feedback: (string | undefined)[];
	/** open: the model answer and the points the learner checks theirs against. */
	model?: string;
	checklist?: string[];
}

/** Everything the islands of an article page share, carried once in the page (see `pageData` in the browser). */
export interface PageData {
	articleId: string;
	/** The headline, for the results file and slip. */
	title: string;
	/** The questions' language, which their words carry; the interface's own words carry the page's. */
	language: string;
	/** The bank's revision, a short hash of the whole bank, so results say which questions they answer. */
	bankRevision: string;
	questions: IslandQuestion[];
	/** The name and description of each skill the questions train. */
	skills: Record<string, SkillLabel>;
	/** The address of the module whose default export is each question's `Teaching`, by question id. */
	teachingUrl: string;
	/** What each question teaches, in the page itself: only in the studio's preview of a draft, which has no such module. */
	teaching?: Record<string, Teaching>;
	/** The share of the scored questions, in percent, that passes: what an LMS course is told. */
	passingScore: number;
}

/** A skill as the results name it. */
export interface SkillLabel {
	name: string;
	description: string;
}

/** The page anchor of a passage: `headline`, `standfirst`, or `p5` for paragraph 5. */
export const passageAnchor = (ref: PassageRef) => (typeof ref === 'number' ? `p${ref}` : ref);

/** The page anchor of a sentence: `p5-s2` for the second sentence (index 1) of paragraph 5. */
export const sentenceAnchor = (passage: string, index: number) => `${passage}-s${index + 1}`;

/** The page anchor of a question's card. */
export const questionAnchor = (id: string) => `q-${id}`;

/** A question as the class page needs it: enough to name it and to put any answer to it back into words. */
export interface ClassQuestion {
	id: string;
	revision: string;
	skill: Skill;
	kind: IslandQuestion['kind'];
	prompt: string;
	/** The words of what a learner picks or arranges: options, sentences, items or rows, in the answer's numbering. */
	parts: string[];
	/** match and classify: what each row is matched with, and each row's right choice, to name the rows that went wrong. */
	choices?: string[];
	key?: number[];
	/** Part A of a two-part item: its part B, which versions by seed keep after it (see `questionOrder`). */
	heldUntil?: string;
}

/** Every article with questions, for the class page, which reads results of any of them. */
export interface ClassArticle {
	id: string;
	title: string;
	bankRevision: string;
	questions: ClassQuestion[];
}

export interface ClassData {
	articles: ClassArticle[];
	skills: Record<string, SkillLabel>;
}

import { sha256Base64Url } from '../hash.ts';
import type { IslandQuestion } from '../contract/page-data.ts';

const shortHash = (text: string) => sha256Base64Url(text).slice(0, 8);

/**
 * A question's revision: a hash of what it asks and what counts as right (its type, prompt, parts, choices and key),
 * not of its evidence or feedback, which can be polished without making old results wrong.
 */
export const questionRevision = ({ type, prompt, parts, key, ...rest }: IslandQuestion) =>
	shortHash(
		JSON.stringify([type, prompt, parts, key, 'choices' in rest ? rest.choices : null, 'sentenceIds' in rest ? rest.sentenceIds : null]),
	);

/** The bank's revision: a hash of its questions' ids and revisions, in order. */
export const bankRevision = (questions: IslandQuestion[]) => shortHash(JSON.stringify(questions.map(({ id, revision }) => [id, revision])));

import { z } from 'zod';

/** The media-literacy skills a question can train, with the name and one-line description the results show. */
export const skillInfo = {
	literal: { name: 'Literal reading', description: 'What the text states: facts, dates and the order of events' },
	vocabulary: { name: 'Vocabulary', description: 'What words mean in context, and what they suggest' },
	sourcing: { name: 'Sourcing', description: 'Who is behind the information, and who controls the outlet' },
	attribution: { name: 'Attribution', description: 'Who said what: a direct quote, a paraphrase, or no source named' },
	hedging: { name: 'Hedging', description: 'What reporting words such as said, claimed and allegedly do' },
	'claim-type': { name: 'Claim types', description: 'Fact, claim from a source, or opinion' },
	framing: { name: 'Framing', description: 'What the headline and the wording put first' },
	omission: { name: 'Omission', description: 'What the text leaves out that a reader needs' },
	'lateral-reading': { name: 'Lateral reading', description: 'How to check a claim outside the text' },
} as const;

/** Every question is tagged with exactly one skill, listed from literal reading to evaluation. */
export const skills = Object.keys(skillInfo) as (keyof typeof skillInfo)[];

export const skillSchema = z.enum(skills as [keyof typeof skillInfo, ...(keyof typeof skillInfo)[]]);

export type Skill = z.output<typeof skillSchema>;

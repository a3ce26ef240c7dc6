import { z } from 'zod';

/**
 * The media-literacy skills a question can train, listed from literal reading to evaluation. Their names and
 * descriptions are interface words, in each locale's catalogue (src/core/messages/).
 */
export const skills = [
	'literal',
	'vocabulary',
	'sourcing',
	'attribution',
	'hedging',
	'claim-type',
	'framing',
	'omission',
	'lateral-reading',
] as const;

/** Every question is tagged with exactly one skill. */
export const skillSchema = z.enum(skills);

export type Skill = z.output<typeof skillSchema>;

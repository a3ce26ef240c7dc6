import { z } from 'zod';

/** The media-literacy skills a question can train; every question is tagged with exactly one. */
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

export const skillSchema = z.enum(skills);

export type Skill = z.output<typeof skillSchema>;

import { z } from 'zod';
import { evidenceSchema } from '../evidence.ts';
import { skillSchema } from '../skill.ts';

/** Fields every question has, whatever its type. */
export const questionBaseSchema = z.strictObject({
	id: z
		.string()
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, such as "who-said-daily"')
		.meta({
			description: "A stable id, unique in the bank: learners' saved answers are keyed by it, so never reuse one for a different question.",
		}),
	skill: skillSchema.meta({ description: 'The skill the question trains.' }),
	prompt: z.string().trim().min(1).meta({ description: 'The question, as a complete sentence.' }),
	evidence: z.array(evidenceSchema).min(1, 'needs at least one quote').meta({ description: 'The passages that answer it: at least one.' }),
	explanation: z.string().trim().min(1).meta({ description: 'Why the right answer is right, shown after answering.' }),
	hint: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta({ description: 'In practice, a nudge shown after a wrong first try, without giving the answer away.' }),
	supports: z.string().min(1).optional().meta({
		description:
			"Makes this question part B of a two-part item: it asks for the evidence for the answer to the question with this id, which must come right before it. That question's explanation and evidence stay hidden until this one is answered.",
	}),
});

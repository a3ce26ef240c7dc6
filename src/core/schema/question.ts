import { z } from 'zod';
import { classifyQuestionSchema } from './questions/classify.ts';
import { multipleQuestionSchema, singleQuestionSchema } from './questions/choice.ts';
import { highlightQuestionSchema } from './questions/highlight.ts';
import { matchQuestionSchema } from './questions/match.ts';
import { openQuestionSchema } from './questions/open.ts';
import { orderQuestionSchema } from './questions/order.ts';

/** Any question, told apart by its `type`. Each type adds its variant here. */
export const questionSchema = z.discriminatedUnion('type', [
	singleQuestionSchema,
	multipleQuestionSchema,
	highlightQuestionSchema,
	orderQuestionSchema,
	matchQuestionSchema,
	classifyQuestionSchema,
	openQuestionSchema,
]);

/** The type names, in the order above. */
export const questionTypes = questionSchema.options.map((option) => option.shape.type.value);

export type Question = z.output<typeof questionSchema>;

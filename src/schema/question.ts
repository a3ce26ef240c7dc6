import { z } from 'zod';
import { singleQuestionSchema } from './questions/single.ts';

/** Any question, told apart by its `type`. Each new type adds its variant here. */
export const questionSchema = z.discriminatedUnion('type', [singleQuestionSchema]);

export const questionTypes = questionSchema.options.map((option) => option.shape.type.value);

export type Question = z.output<typeof questionSchema>;
export type QuestionType = Question['type'];

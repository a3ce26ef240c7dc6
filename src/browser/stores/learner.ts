import { persistentAtom } from '@nanostores/persistent';

/**
 * The name a learner types for their results, kept in this browser only (like their answers, and cleared with them),
 * so that it is there for the next article's results.
 */
export const $learnerName = persistentAtom<string>('underline:name', '');

/**
 * Filling in the interface's messages: shared by the build, which renders pages, and the browser, which gets only
 * its page's catalogue as data (see src/browser/messages.ts).
 */

/** A message whose words depend on a number, by the plural category `Intl.PluralRules` picks; every language has `other`. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Marks a catalogue entry as plural forms, so every locale may give the forms its own language needs. */
export const forms = (plural: Plural): Plural => plural;

type Values = Record<string, string | number>;

/** A message with its `{name}` places filled in. */
export const fill = (message: string, values: Values = {}) =>
	message.replace(/\{(\w+)\}/g, (place, name: string) => `${values[name] ?? place}`);

/** The form of a plural message that `n` takes in `locale`, with `{n}` and any other places filled in. */
export const plural = (locale: string, message: Plural, n: number, values: Values = {}) =>
	fill(message[new Intl.PluralRules(locale).select(n)] ?? message.other, { n, ...values });

/** A message cut at its places, so a page can put an element (a date, a name in another language) in each. */
export const pieces = (message: string) => message.split(/\{(\w+)\}/).map((text, index) => (index % 2 ? { place: text } : text));

/** A, B, C… (or А, Б, В…): how a sheet letters options, items and choices, from a locale's `letters`. */
export const letter = (letters: string, index: number) => [...letters][index] ?? `${index + 1}`;

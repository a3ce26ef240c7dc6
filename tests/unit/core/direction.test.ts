import { expect, test } from 'vitest';
import { directionOf } from '../../../src/core/text/direction.ts';

test('the writing direction comes from the language', () => {
	expect(['en', 'ru', 'ja', 'ar', 'he', 'fa', 'ur-PK'].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr', 'rtl', 'rtl', 'rtl', 'rtl']);
});

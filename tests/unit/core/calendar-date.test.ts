import { afterEach, describe, expect, test } from 'vitest';
import { formatCalendarDate } from '../../../src/core/text/calendar-date.ts';
import { articleSchema } from '../../../src/core/schema/article.ts';

const originalTimeZone = process.env.TZ;
afterEach(() => {
	process.env.TZ = originalTimeZone;
});

describe('publication dates are calendar dates', () => {
	const article = { title: 'T', standfirst: 'S', publisher: 'P', language: 'en', source: 'https://example.org/' };

	for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) {
		test(`the same day is shown when the build runs in ${zone}`, () => {
			process.env.TZ = zone;
			// YAML parsers may turn a bare date into a Date at UTC midnight; it must still be the same day.
			expect(articleSchema.parse({ ...article, published: new Date('2023-06-27') }).published).toBe('2023-06-27');
			expect(articleSchema.parse({ ...article, published: '2023-06-27' }).published).toBe('2023-06-27');
			expect(formatCalendarDate('2023-06-27')).toBe('27 June 2023');
		});
	}
});

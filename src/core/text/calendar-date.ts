/** Formats a `YYYY-MM-DD` calendar date for readers. It is read as UTC and shown in UTC, so no time zone can move it to another day. */
export function formatCalendarDate(isoDate: string, locale = 'en-GB'): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

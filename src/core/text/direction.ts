/** The writing direction of a language, from the platform's own data (Arabic, Hebrew, Persian, Urdu: right to left). */
export function directionOf(language: string): 'ltr' | 'rtl' {
	const locale = new Intl.Locale(language) as Intl.Locale & {
		getTextInfo?: () => { direction?: string };
		textInfo?: { direction?: string };
	};
	return (locale.getTextInfo?.() ?? locale.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
}

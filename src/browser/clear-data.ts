/**
 * Removes every article's saved progress from this browser, for shared classroom devices: every key starting with
 * `underline:`, and nothing else. Kept apart from the quiz's stores, so the index page that offers it loads no quiz code.
 */
export function clearAllData(): void {
	try {
		for (let index = localStorage.length - 1; index >= 0; index--) {
			const key = localStorage.key(index);
			if (key?.startsWith('underline:')) localStorage.removeItem(key);
		}
	} catch {
		// Blocked storage holds nothing to clear.
	}
}

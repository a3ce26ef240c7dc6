/**
 * Every byte budget of the site, in one place: `tests/e2e/budget.spec.ts` enforces them on the test build, and the
 * README and docs point here rather than repeat a figure that could go stale. Sizes are gzip (level 9), in bytes.
 */
export const budgets = {
	/**
	 * The article page's JavaScript on first load, inline scripts included, on the fixture page with all seven question
	 * types: the 17,310 B it shipped before the interface was translated, plus the 1 KB that work was allowed. (The
	 * interface's words are data in the page, one locale's only: see `articleHtml`.)
	 */
	articleScript: 17_310 + 1024,
	/** The article page's inlined CSS. */
	articleCss: 8 * 1024,
	/**
	 * The real article page's HTML, with its question data once and its teaching apart: 18 KB, plus the 2 KB of its
	 * interface's words, which moved from the script into the page.
	 */
	articleHtml: 20 * 1024,
	/** The class page's JavaScript before the teacher asks for a CSV, which loads its own code. */
	classScript: 8 * 1024,
};

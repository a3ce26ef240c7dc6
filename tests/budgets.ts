/**
 * Every byte budget of the site, in one place: `tests/e2e/budget.spec.ts` enforces them on the test build, and the
 * README and docs point here rather than repeat a figure that could go stale. Sizes are gzip (level 9), in bytes.
 */
export const budgets = {
	/**
	 * The real article page's JavaScript on first load on a phone, inline scripts included, for a reader at the top of
	 * the article: Solid, the stores, the progress line and the quiz's frame. The questions themselves load once the
	 * quiz comes near (src/browser/islands/near.ts), which on a wide screen, where they stand beside the article, is at
	 * once. Measured 14,495 B, from 17,618 B before they were split off.
	 */
	articleFirstLoad: 15_872,
	/**
	 * All of an article page's JavaScript once every question is built, on the fixture page with all seven question
	 * types. Measured 19,171 B: 19,132 B before the page's data and the learner's saved answers were read in a task of
	 * their own ahead of the islands (src/browser/islands/mount.ts), which took the progress line's mount at 4× CPU from
	 * 16–81 ms to 13–48 ms; 19,096 B before the citation markers and the advice on what to review first followed the
	 * summary rather than every question's record, which took about 1 ms off a Check on a 300-question page; 19,042 B
	 * before a question's card stopped being a form and began to check on Enter itself; and 17,838 B before the
	 * questions were split from the first load, 1,019 B of that in the split itself (the names the two chunks share,
	 * and what gzip can no longer match across them) and the rest in the notice for questions that cannot load. On a
	 * wide screen this is the first load too (see above).
	 */
	articleQuiz: 19_180,
	/** The article page's inlined CSS. */
	articleCss: 8 * 1024,
	/**
	 * The real article page's HTML, with its question data once and its teaching apart, and its interface's words: what
	 * it weighed before the page contract was written down (19,012 B), which was to cost nothing, plus 100 B for the
	 * script names and policy hashes that change with any script and that gzip cannot shrink (the same content has
	 * measured from 18,973 to 19,038 B across builds). Plus the words of the phone's one question at a time and of the
	 * results' skill chart (297 B), and the progress line's first words, which the header holds until it mounts, so
	 * that nothing moves when it does (72 B). Plus the CSS of a summary's own marker and the words of the fold that holds
	 * the results' statuses during the quiz (103 B), which took 3-4 ms (traced) off a Check on a 300-question page.
	 */
	articleHtml: 19_012 + 100 + 380 + 110,
	/** The class page's JavaScript before the teacher asks for a CSV, which loads its own code. */
	classScript: 8 * 1024,
	/**
	 * The studio page's JavaScript: its editor (CodeMirror) and the content rules the build runs (zod, YAML, the checks),
	 * none of which any other page loads. It takes Solid and the stores from the quiz's chunk, and so grows with it: by
	 * 0.6 KB with the phone's one question at a time. Splitting the runtime from the quiz would save the studio 7.6 KB
	 * but cost every article page 648 B (both measured), so the studio pays. Raised by 1 KB when locating
	 * a problem inside a question by indentation (src/core/text/block-lines.ts), which the studio's checks run too,
	 * took it 33 B over.
	 */
	studioScript: 252 * 1024,
};

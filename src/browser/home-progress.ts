/**
 * Each article's progress in this browser, on the home page: read straight from storage, with no quiz code, so the
 * page stays light. It counts the questions a learner has given an answer to, and says when a test was handed in.
 */
export interface HomeProgress {
	answered: number;
	handedIn: boolean;
}

/**
 * Where the quiz keeps an article's answers (`storageKey` in src/browser/stores/quiz.ts, which a unit test holds it
 * to): written out here, as importing the stores would bring the quiz's code to the home page.
 */
export const homeStorageKey = (articleId: string) => `underline:v2:quiz:${articleId}`;

/** What a stored quiz (`underline:v2:quiz:<id>`, src/browser/quiz/state.ts) says of progress; nothing if unreadable. */
export function homeProgress(raw: string | null): HomeProgress | undefined {
	try {
		const state = JSON.parse(raw ?? 'null') as { answers?: Record<string, { value?: number[]; text?: string; tries?: number }>; submitted?: number };
		if (!state || typeof state !== 'object') return undefined;
		const answered = Object.values(state.answers ?? {}).filter((record) => record.tries || record.value?.some((part) => part >= 0) || record.text?.trim()).length;
		return { answered, handedIn: typeof state.submitted === 'number' };
	} catch {
		return undefined;
	}
}

/** Fills each article's progress line, whose words are in its attributes; blocked storage leaves them hidden. */
export function showHomeProgress(): void {
	for (const line of document.querySelectorAll<HTMLElement>(`[${HOOK.articleProgress}]`)) {
		let raw: string | null = null;
		try {
			raw = localStorage.getItem(homeStorageKey(line.getAttribute(HOOK.articleProgress)!));
		} catch {
			return;
		}
		const progress = homeProgress(raw);
		if (!progress?.answered) continue;
		const words = line.getAttribute(progress.handedIn ? HOOK.handedInWords : HOOK.answeredWords)!;
		line.textContent = words.replace('{n}', String(progress.answered));
		line.hidden = false;
	}
}

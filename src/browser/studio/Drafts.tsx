import { For, Show } from 'solid-js';
import { useStore } from '../islands/use-store';
import { fill, locale, studioWords as t } from '../shared/messages';
import type { StudioDraft } from './check-draft';
import { $draft, $shelf, deleteDraft, newDraft } from './draft';
import { downloadDraftFile } from './files';

/** How the author knows a draft: its file name, or its headline, or that it has neither yet. */
const draftName = (draft: StudioDraft) => draft.id.trim() || draft.article.fields.title.trim() || t.drafts.untitled;

const begun = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The author's drafts in this browser: the one being written, to download as a file, and the others, to open or
 * delete. Opening one keeps the one being written among them; `onSwitch` makes a draft the one being written.
 */
export default function Drafts(props: { onSwitch: (draft: StudioDraft) => void }) {
	const draft = useStore($draft);
	const shelf = useStore($shelf);
	const others = () => Object.values(shelf()).sort((a, b) => b.created - a.created);
	const remove = (other: StudioDraft) => confirm(fill(t.drafts.confirmDelete, { name: draftName(other) })) && deleteDraft(other.created);
	return (
		<section class="studio-drafts" aria-labelledby="studio-drafts-heading">
			<h2 id="studio-drafts-heading">{t.drafts.heading}</h2>
			<p>{fill(t.drafts.current, { name: draftName(draft()) })}</p>
			<p class="actions">
				<button type="button" onClick={() => props.onSwitch(newDraft())}>
					{t.drafts.new}
				</button>
				<button type="button" onClick={() => downloadDraftFile($draft.get())}>
					{t.drafts.download}
				</button>
			</p>
			<Show when={others().length} fallback={<p class="note">{t.drafts.none}</p>}>
				<ul class="studio-draft-list">
					<For each={others()}>
						{(other) => (
							<li>
								<span>{fill(t.drafts.begun, { name: draftName(other), date: begun.format(other.created) })}</span>{' '}
								<button type="button" onClick={() => props.onSwitch(other)}>
									{fill(t.drafts.open, { name: draftName(other) })}
								</button>{' '}
								<button type="button" onClick={() => remove(other)}>
									{fill(t.drafts.delete, { name: draftName(other) })}
								</button>
							</li>
						)}
					</For>
				</ul>
			</Show>
		</section>
	);
}

import { pageFill } from '../../core/render/page-fill';
import { fill, studioWords as t } from '../shared/messages';
import { checkDraft } from './check-draft';
import { $draft } from './draft';
import { fillPage } from './fill-page';

// The studio's preview: the draft kept in this browser, as its article page, with the islands learners use. Its
// answers are kept apart from those of any article of the site with the same name.
const { page, errors } = checkDraft($draft.get());
if (page) {
	const fill = pageFill({ ...page, id: `studio-preview-${page.id}` }, { inline: page.teaching });
	fillPage(document, fill);
	await import('../islands/mount');
} else {
	const notice = document.createElement('p');
	notice.setAttribute('role', 'alert');
	notice.textContent = fill(t.previewBlocked, { errors });
	document.querySelector('main')?.prepend(notice);
}

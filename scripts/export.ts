// `npm run export`: writes every bank's questions to exports/ for an LMS's own quiz engine: a Moodle GIFT file and a
// QTI 3.0 package, each with a README.txt that lists any question it could not carry as it is, and why.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { formatReport } from '../src/core/check/problem.ts';
import { exportReadme } from '../src/pipeline/export/not-carried.ts';
import { toGift } from '../src/pipeline/export/gift.ts';
import { qtiZip, toQti } from '../src/pipeline/export/qti.ts';
import { readContentFiles } from '../src/pipeline/load/content-files.ts';
import { buildContent } from '../src/core/content.ts';

const roots = process.argv.includes('--fixtures') ? ['content', 'tests/fixtures/site'] : ['content'];
const check = buildContent(readContentFiles(roots, 'articles', '.md'), readContentFiles(roots, 'questions', '.yaml'));
if (check.problems.length) {
	console.error(`${formatReport(check.problems)}\nNothing was exported: fix the content first.`);
	process.exit(1);
}
const out = 'exports';
rmSync(out, { recursive: true, force: true });
for (const page of check.pages.filter((candidate) => candidate.questions.length > 0)) {
	const folder = `${out}/${page.id}.gift`;
	mkdirSync(folder, { recursive: true });
	const { gift, notCarried } = toGift(page);
	writeFileSync(`${folder}/${page.id}.gift.txt`, gift);
	writeFileSync(
		`${folder}/README.txt`,
		exportReadme('Moodle GIFT', page.article.title, page.questions.length - notCarried.length, notCarried),
	);
	console.log(`${folder}/: ${page.questions.length - notCarried.length} of ${page.questions.length} questions as they are`);

	const qti = toQti(page);
	const readme = exportReadme('QTI 3.0', page.article.title, page.questions.length - qti.notCarried.length, qti.notCarried);
	writeFileSync(`${out}/${page.id}.qti3.zip`, qtiZip(qti.files, readme));
	console.log(
		`${out}/${page.id}.qti3.zip: ${page.questions.length - qti.notCarried.length} of ${page.questions.length} questions as they are`,
	);
}

// `npm run package [-- --mode test]`: builds the site, then writes a SCORM 1.2 and a SCORM 2004 package of every
// article with a quiz to packages/, for uploading to an LMS. `--mode test` makes the packages run the quiz as a test.
// `--from <folder>` packages an already built site instead.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkContentOnce } from '../src/pipeline/load/checked-content.ts';
import { scormPackage } from '../src/pipeline/package/scorm-package.ts';

const { values } = parseArgs({
	options: { mode: { type: 'string' }, from: { type: 'string' }, out: { type: 'string', default: 'packages' } },
});
if (values.mode !== undefined && values.mode !== 'practice' && values.mode !== 'test') {
	console.error(`--mode must be "practice" or "test", not "${values.mode}".`);
	process.exit(1);
}
const dist = values.from ?? 'dist';
if (!values.from && spawnSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) {
	console.error('The build failed, so nothing was packaged.');
	process.exit(1);
}
mkdirSync(values.out, { recursive: true });
// What to package, and each package's title and pass mark, come from the page models, not from the built pages.
const { pages } = checkContentOnce(['content']);
for (const page of pages.filter(({ questions }) => questions.length > 0))
	for (const [version, suffix] of [
		['1.2', 'scorm12'],
		['2004', 'scorm2004'],
	] as const) {
		const zip = scormPackage(dist, page, version, values.mode);
		const file = `${values.out}/${page.id}.${suffix}.zip`;
		writeFileSync(file, zip);
		console.log(`${file}: ${Math.round(zip.length / 1024)} KB${values.mode ? `, ${values.mode} mode` : ''}`);
	}

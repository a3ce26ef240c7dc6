import { expect, test } from 'vitest';
import { manifest, packagedPage, teachingModule } from '../../../src/core/package/scorm.ts';

test('the packaged page loads everything by relative address, carries its mode, and drops the links to the site', () => {
	const page = packagedPage(
		'<html lang="en"><head><link rel="icon" href="/favicon.svg"><link rel="modulepreload" href="/_astro/quiz.js"></head><body>' +
			'<a href="/">Underline</a><p class="note" data-site-only>For teachers: <a href="/articles/a/teach/">notes</a>.</p>' +
			'<section data-quiz="{&quot;teachingUrl&quot;:&quot;/articles/a/teaching-1.js&quot;}"></section>' +
			'<script type="module" src="/_astro/entry.js"></script></body></html>',
		'a',
		'test',
	);
	expect(page).toContain('<html data-course-mode="test" lang="en">');
	expect(page).toContain('href="favicon.svg"');
	expect(page).toContain('href="_astro/quiz.js"');
	expect(page).toContain('src="_astro/entry.js"');
	expect(page).toContain('&quot;teachingUrl&quot;:&quot;teaching-1.js&quot;');
	expect(page).toContain('<a href="index.html">Underline</a>');
	expect(page).not.toMatch(/="\/|teach\/|For teachers/);
});

test('the manifests name the dialect, the one SCO and its files, and the pass mark, with the title escaped', () => {
	const scorm12 = manifest('1.2', 'a', 'Tom & Jerry <live>', ['index.html', '_astro/quiz.js'], 70);
	expect(scorm12).toContain('<schemaversion>1.2</schemaversion>');
	expect(scorm12).toContain('<title>Tom &#38; Jerry &#60;live&#62;</title>');
	expect(scorm12).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
	expect(scorm12).toContain('adlcp:scormtype="sco" href="index.html"');
	expect(scorm12).toContain('<file href="_astro/quiz.js"/>');
	const scorm2004 = manifest('2004', 'a', 'T', ['index.html'], 70);
	expect(scorm2004).toContain('<schemaversion>2004 4th Edition</schemaversion>');
	expect(scorm2004).toContain('<imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>');
	expect(scorm2004).toContain('adlcp:scormType="sco"');
});

test('the teaching module is a module whose default export is the teaching, whatever its words hold', () => {
	const teaching = { q: { explanation: 'A "quote", a \\ and </script>', feedback: [] } };
	const text = teachingModule(teaching);
	expect(text.startsWith('export default ')).toBe(true);
	expect(JSON.parse(text.slice('export default '.length).trimEnd().replace(/;$/, ''))).toEqual(teaching);
});

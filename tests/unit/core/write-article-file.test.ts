import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildContent } from '../../../src/core/content.ts';
import { readArticleFile, writeArticleFile } from '../../../src/core/text/write-article-file.ts';

const realFile = 'content/articles/tass-2023-06-27-putin-lukashenko.md';

test('an article file read into a draft and written back checks the same, notes and lesson included', () => {
	const text = readFileSync(realFile, 'utf8');
	const draft = readArticleFile(text);
	expect(draft.fields.publisher).toBe('TASS');
	expect(draft.fields.published).toBe('2023-06-27');
	expect(Object.keys(draft.rest)).toEqual(expect.arrayContaining(['background', 'about']));
	const again = writeArticleFile(draft);
	const pages = (file: string) => buildContent([{ id: 'a', file: 'a.md', text: file }], []).pages[0]!;
	expect(pages(again).passages).toEqual(pages(text).passages);
	expect(pages(again).article).toEqual(pages(text).article);
	expect(readArticleFile(again)).toEqual(draft);
});

test('an empty field is left out, so the check names it as missing', () => {
	const draft = readArticleFile(readFileSync(realFile, 'utf8'));
	const text = writeArticleFile({ ...draft, fields: { ...draft.fields, publisher: ' ' } });
	expect(text).not.toMatch(/^publisher:/m);
	expect(buildContent([{ id: 'a', file: 'a.md', text }], []).problems.map(({ field, message }) => `${field}: ${message}`)).toEqual([
		'publisher: is required',
	]);
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { checkButton } from '../../src/core/contract/hooks.ts';
import type { ArticlePage } from '../../src/core/page-model/article-pages.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The floor to measure against: the same article and questions as plain HTML with native inputs, the same stylesheet,
 * and a few lines of script that check a choice question and keep an open answer. No framework, no islands.
 */
export function writeBaseline(page: ArticlePage, css: string, folder: string): void {
	const { article, passages, questions } = page;
	const [headline, standfirst, ...paragraphs] = passages;
	const forms = questions.map((question) => {
		const inputs =
			question.type === 'open'
				? `<label>Your answer<textarea name="${question.id}" rows="4"></textarea></label>`
				: question.parts
						.map(
							(part, index) =>
								`<label class="option"><input type="${question.type === 'single' ? 'radio' : 'checkbox'}" name="${question.id}" value="${index}"> ${escape(part)}</label>`,
						)
						.join('');
		return `<li><form class="question" data-key="${question.key.join(',')}"><fieldset><legend>${escape(question.prompt)}</legend>${inputs}</fieldset><button ${checkButton}>Check answer</button><div class="feedback"></div></form></li>`;
	});
	const script = `addEventListener('submit', (event) => {
	event.preventDefault();
	const form = event.target;
	const chosen = [...form.querySelectorAll('input:checked')].map((input) => input.value).join(',');
	form.querySelector('.feedback').textContent = chosen === form.dataset.key ? '✓ Right.' : '✗ Not right yet.';
});
addEventListener('input', (event) => localStorage.setItem('baseline:' + event.target.name, event.target.value));
performance.mark('underline:interactive');`;
	const html = `<!doctype html><html lang="${article.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(article.title)}</title><style>${css}</style></head><body><header class="site-header"><a class="site-name" href="/">Underline</a></header><main><article class="article"><h1>${escape(headline!.text)}</h1><p class="standfirst">${escape(standfirst!.text)}</p>${paragraphs.map((paragraph) => `<p class="paragraph">${escape(paragraph.text)}</p>`).join('')}</article><section class="quiz"><h2>Questions</h2><ol class="questions">${forms.join('')}</ol></section></main><script>${script}</script></body></html>`;
	mkdirSync(`${folder}/articles/${page.id}`, { recursive: true });
	writeFileSync(`${folder}/articles/${page.id}/index.html`, html);
}

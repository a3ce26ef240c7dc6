import { zipSync } from 'fflate';
import { messagesFor } from '../../core/messages/locales.ts';
import type { IslandQuestion } from '../../core/contract/page-data.ts';
import type { ArticlePage } from '../../core/page-model/article-pages.ts';
import { sentenceWords } from '../../core/page-model/sentence-words.ts';
import type { NotCarried } from './not-carried.ts';

const namespace = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const matchCorrect = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml';

/** Text as XML content or an attribute value. */
const xml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** Identifiers for a question's parts: A, B, C for options and items, R1 and C1 for rows and choices, S1 for sentences. */
const letter = (index: number) => String.fromCharCode(65 + index);

interface Interaction {
	cardinality: 'single' | 'multiple' | 'ordered';
	baseType: 'identifier' | 'directedPair' | 'string';
	correct: string[];
	body: string;
}

/** The interaction of each type, and what counts as right, in QTI's terms. */
function interaction(question: IslandQuestion, sentences: ReturnType<typeof sentenceWords>): Interaction {
	const prompt = `<qti-prompt>${xml(question.prompt)}</qti-prompt>`;
	const choices = (parts: string[], element = 'qti-simple-choice') =>
		parts.map((part, index) => `<${element} identifier="${letter(index)}">${xml(part)}</${element}>`).join('');
	switch (question.type) {
		case 'single':
		case 'multiple':
			return {
				cardinality: question.type === 'single' ? 'single' : 'multiple',
				baseType: 'identifier',
				correct: question.key.map(letter),
				body: `<qti-choice-interaction response-identifier="RESPONSE" max-choices="${question.type === 'single' ? 1 : 0}">${prompt}${choices(question.parts)}</qti-choice-interaction>`,
			};
		case 'highlight':
			// The learner marks the sentences in the text itself, as on the site.
			return {
				cardinality: 'multiple',
				baseType: 'identifier',
				correct: question.key.map((index) => `S${index + 1}`),
				body: `<qti-hottext-interaction response-identifier="RESPONSE" max-choices="0">${prompt}<p>${question.sentenceIds
					.map((id, index) => `<qti-hottext identifier="S${index + 1}">${xml(sentences.get(id)!.text)}</qti-hottext>`)
					.join(' ')}</p></qti-hottext-interaction>`,
			};
		case 'order':
			return {
				cardinality: 'ordered',
				baseType: 'identifier',
				correct: question.key.map(letter),
				body: `<qti-order-interaction response-identifier="RESPONSE">${prompt}${choices(question.parts)}</qti-order-interaction>`,
			};
		case 'match':
		case 'classify': {
			const set = (parts: string[], prefix: string, most: number) =>
				`<qti-simple-match-set>${parts.map((part, index) => `<qti-simple-associable-choice identifier="${prefix}${index + 1}" match-max="${most}">${xml(part)}</qti-simple-associable-choice>`).join('')}</qti-simple-match-set>`;
			return {
				cardinality: 'multiple',
				baseType: 'directedPair',
				correct: question.key.map((choice, row) => `R${row + 1} C${choice + 1}`),
				body: `<qti-match-interaction response-identifier="RESPONSE" max-associations="${question.parts.length}">${prompt}${set(question.parts, 'R', 1)}${set(question.choices, 'C', 0)}</qti-match-interaction>`,
			};
		}
		case 'open':
			return {
				cardinality: 'single',
				baseType: 'string',
				correct: [],
				body: `<qti-extended-text-interaction response-identifier="RESPONSE">${prompt}</qti-extended-text-interaction>`,
			};
	}
}

/** One question as a QTI 3.0 assessment item, which shows the article beside it and scores itself. */
function item(page: ArticlePage, index: number, sentences: ReturnType<typeof sentenceWords>): string {
	const question = page.questions[index]!;
	const teaching = page.teaching[question.id]!;
	const { cardinality, baseType, correct, body } = interaction(question, sentences);
	const evidence = page.key[index]!.evidence.map(({ where, quote }) => `<li>${xml(where)}: “${xml(quote)}”</li>`).join('');
	// For whoever marks it: the explanation and evidence, and for a written answer the model and its points.
	const model = teaching.model
		? `<p>${xml(teaching.model)}</p><ul>${teaching.checklist!.map((point) => `<li>${xml(point)}</li>`).join('')}</ul>`
		: '';
	const correctResponse = correct.length
		? `<qti-correct-response>${correct.map((value) => `<qti-value>${value}</qti-value>`).join('')}</qti-correct-response>`
		: '';
	return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="${namespace}" identifier="${xml(question.id)}" title="${xml(question.prompt)}" adaptive="false" time-dependent="false" xml:lang="${xml(page.language)}">
	<qti-response-declaration identifier="RESPONSE" cardinality="${cardinality}" base-type="${baseType}">${correctResponse}</qti-response-declaration>
	<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"><qti-default-value><qti-value>0</qti-value></qti-default-value></qti-outcome-declaration>
	<qti-assessment-stimulus-ref identifier="article" href="../article.xml" title="${xml(page.article.title)}"/>
	<qti-item-body>
		<div class="qti-layout-row"><div class="qti-layout-col6" data-stimulus-idref="article"></div><div class="qti-layout-col6">${body}</div></div>
		<qti-rubric-block use="scoring" view="scorer"><qti-content-body>${model}<p>${xml(teaching.explanation)}</p><ul>${evidence}</ul></qti-content-body></qti-rubric-block>
	</qti-item-body>
	${correct.length ? `<qti-response-processing template="${matchCorrect}"/>` : ''}
</qti-assessment-item>
`;
}

/** The article, shared by every item, as the site shows it: headline, standfirst, paragraphs and where it comes from. */
function stimulus(page: ArticlePage): string {
	const { article, passages } = page;
	return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-stimulus xmlns="${namespace}" identifier="article" title="${xml(article.title)}" xml:lang="${xml(article.language)}">
	<qti-stimulus-body>
		${passages.map((passage) => (passage.ref === 'headline' ? `<h2>${xml(passage.text)}</h2>` : `<p>${xml(passage.text)}</p>`)).join('\n\t\t')}
		<p>${xml(article.publisher)}, ${xml(article.published)}: ${xml(article.source)}</p>
	</qti-stimulus-body>
</qti-assessment-stimulus>
`;
}

function manifest(page: ArticlePage): string {
	const items = page.questions
		.map(
			({ id }) =>
				`\t\t<resource identifier="item-${xml(id)}" type="imsqti_item_xmlv3p0" href="items/${xml(id)}.xml"><file href="items/${xml(id)}.xml"/><dependency identifierref="article"/></resource>`,
		)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" identifier="underline-${xml(page.id)}">
	<metadata>
		<schema>QTI Package</schema>
		<schemaversion>3.0.0</schemaversion>
	</metadata>
	<organizations/>
	<resources>
		<resource identifier="article" type="imsqti_stimulus_xmlv3p0" href="article.xml"><file href="article.xml"/></resource>
${items}
	</resources>
</manifest>
`;
}

/**
 * An article's questions as a QTI 3.0 package: a manifest, the article as a shared stimulus, and one item per
 * question that scores itself with the standard match-correct template (written answers are left to a marker, with
 * the model answer in a rubric for them). Every type has a QTI form, so nothing is left out.
 */
export function toQti(page: ArticlePage): { files: Record<string, string>; notCarried: NotCarried[] } {
	const sentences = sentenceWords(page.passages, messagesFor(page.locale));
	const files: Record<string, string> = { 'imsmanifest.xml': manifest(page), 'article.xml': stimulus(page) };
	page.questions.forEach(({ id }, index) => (files[`items/${id}.xml`] = item(page, index, sentences)));
	const notCarried: NotCarried[] = page.questions
		.filter((question) => question.type === 'open')
		.map(({ id }) => ({
			id,
			type: 'open',
			how: 'carried as an extended-text item that is not scored automatically',
			reason: 'A written answer needs a person to mark it; the model answer and its points are in the item, for the marker.',
		}));
	return { files, notCarried };
}

/** The QTI package zipped, with its README.txt. */
export function qtiZip(files: Record<string, string>, readme: string): Uint8Array {
	const encoder = new TextEncoder();
	return zipSync(
		Object.fromEntries([...Object.entries(files), ['README.txt', readme]].map(([path, text]) => [path, encoder.encode(text)])),
		{
			level: 9,
		},
	);
}

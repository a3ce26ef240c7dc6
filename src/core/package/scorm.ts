import * as hook from '../contract/hooks.ts';
import type { Teaching } from '../contract/page-data.ts';

export type ScormDialect = '1.2' | '2004';

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The article page as a package holds it: every address relative, so it runs from whatever folder the LMS unpacks it
 * into; the package's mode marked for the page's script; and the link to the site's teacher pages left out.
 */
export function packagedPage(html: string, id: string, mode?: 'practice' | 'test'): string {
	return html
		.replace(/(["(]|&quot;)\/(_astro\/|favicon\.svg)/g, '$1$2')
		.replaceAll(`&quot;/articles/${id}/teaching-`, '&quot;teaching-')
		.replace(/ href="\/"/g, ' href="index.html"')
		.replace(new RegExp(`<p [^>]*${hook.siteOnly}[^>]*>[\\s\\S]*?<\\/p>`, 'g'), '')
		.replace(/<html /, mode ? `<html ${hook.courseMode}="${mode}" ` : '<html ');
}

/** What differs between the two versions' manifests: namespaces, the version's name, and how each states the pass mark. */
const dialects = {
	'1.2': {
		namespaces: 'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
		schemaVersion: '1.2',
		scormType: 'adlcp:scormtype',
		passMark: (percent: number) => `<adlcp:masteryscore>${percent}</adlcp:masteryscore>`,
	},
	'2004': {
		namespaces:
			'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
		schemaVersion: '2004 4th Edition',
		scormType: 'adlcp:scormType',
		passMark: (percent: number) =>
			`<imsss:sequencing><imsss:objectives><imsss:primaryObjective objectiveID="pass" satisfiedByMeasure="true"><imsss:minNormalizedMeasure>${percent / 100}</imsss:minNormalizedMeasure></imsss:primaryObjective></imsss:objectives></imsss:sequencing>`,
	},
};

/** The manifest an LMS reads: one SCO, the article page, with the pass mark. */
export function manifest(dialect: ScormDialect, id: string, title: string, files: string[], passingScore: number): string {
	const { namespaces, schemaVersion, scormType, passMark } = dialects[dialect];
	const name = escapeXml(title);
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="underline-${id}" version="1" ${namespaces}>
	<metadata>
		<schema>ADL SCORM</schema>
		<schemaversion>${schemaVersion}</schemaversion>
	</metadata>
	<organizations default="underline">
		<organization identifier="underline">
			<title>${name}</title>
			<item identifier="quiz" identifierref="page">
				<title>${name}</title>
				${passMark(passingScore)}
			</item>
		</organization>
	</organizations>
	<resources>
		<resource identifier="page" type="webcontent" ${scormType}="sco" href="index.html">
${files.map((file) => `\t\t\t<file href="${escapeXml(file)}"/>`).join('\n')}
		</resource>
	</resources>
</manifest>
`;
}

/**
 * The module of what an article's questions teach, which its page loads on demand. JSON is valid JavaScript, and
 * JSON.stringify escapes every quote and backslash: no content can break out of it.
 */
export const teachingModule = (teaching: Record<string, Teaching>) => `export default ${JSON.stringify(teaching)};\n`;

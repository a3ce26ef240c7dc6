import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Skill } from '../../core/schema/skill.ts';
import { checkResults, type ResultsProblem } from './check.ts';
import type { ResultsRecord } from './record.ts';

/**
 * The results code: a results record as one line of text a learner can paste into any form, such as an LMS text box.
 * The record is packed into arrays (no field names), compressed with lz-string into URL-safe characters, and ends in
 * two check characters, so that a code that lost, gained or changed a character is caught rather than misread.
 */
const prefix = 'UL1-';
// lz-string's URL-safe alphabet, which the check characters use too.
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

type Packed = [
	string,
	string,
	0 | 1,
	string | null,
	number,
	number,
	string,
	[string, string, Skill, number[] | string | null, 0 | 1 | 2, number][],
];

/** Two characters from a position-weighted sum, so swapped characters change it as well as changed ones. */
function checkCharacters(payload: string): string {
	let sum = 0;
	for (let index = 0; index < payload.length; index++) sum = (sum + (index + 1) * payload.charCodeAt(index)) % 4093;
	return alphabet[Math.floor(sum / 64)]! + alphabet[sum % 64]!;
}

export function toResultsCode(record: ResultsRecord): string {
	const packed: Packed = [
		record.article,
		record.bank,
		record.mode === 'test' ? 1 : 0,
		record.seed,
		Math.round(Date.parse(record.started) / 1000),
		Math.round(Date.parse(record.finished) / 1000),
		record.name,
		record.questions.map(({ id, version, skill, answer, right, tries }) => [
			id,
			version,
			skill,
			answer,
			right === null ? 2 : right ? 1 : 0,
			tries,
		]),
	];
	const payload = compressToEncodedURIComponent(JSON.stringify(packed));
	return prefix + payload + checkCharacters(payload);
}

/** Reads a results code, or says why it cannot: not a code, mangled in copying, or not results. */
export function fromResultsCode(text: string): ResultsRecord | ResultsProblem {
	// Forms and spreadsheets may wrap a long line or add spaces; no character of a code is white space.
	const code = text.replace(/\s+/g, '');
	if (!code.startsWith(prefix)) return { problem: 'not-code' };
	const payload = code.slice(prefix.length, -2);
	if (code.length < prefix.length + 3 || checkCharacters(payload) !== code.slice(-2)) return { problem: 'mangled' };
	try {
		return checkResults(unpack(JSON.parse(decompressFromEncodedURIComponent(payload) ?? '') as Packed));
	} catch {
		// Anything of the wrong shape fails somewhere in unpacking.
		return { problem: 'unpack' };
	}
}

function unpack([article, bank, mode, seed, started, finished, name, questions]: Packed): unknown {
	const unpacked = questions.map(([id, version, skill, answer, right, tries]) => ({
		id,
		version,
		skill,
		answer,
		right: right === 2 ? null : right === 1,
		tries,
	}));
	const skills: ResultsRecord['skills'] = {};
	for (const { skill, right } of unpacked) {
		if (right === null) continue;
		const counts = (skills[skill] ??= { right: 0, total: 0 });
		counts.total++;
		if (right) counts.right++;
	}
	const scored = unpacked.filter((question) => question.right !== null);
	return {
		kind: 'underline-results',
		version: 1,
		article,
		bank,
		mode: mode === 1 ? 'test' : 'practice',
		seed,
		started: new Date(started * 1000).toISOString(),
		finished: new Date(finished * 1000).toISOString(),
		name,
		score: { right: scored.filter((question) => question.right).length, total: scored.length },
		skills,
		questions: unpacked,
	};
}

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256 for the page model, in Node and in a browser alike (the studio builds page models too): the same digests the
 * build once made with node:crypto, so revisions of questions and banks, which results files carry, did not change.
 */
const digest = (text: string) => sha256(utf8ToBytes(text));

export const sha256Hex = (text: string) => bytesToHex(digest(text));

const base64UrlAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The digest in base64url without padding, as Node's `digest('base64url')` writes it. */
export function sha256Base64Url(text: string): string {
	const bytes = digest(text);
	let out = '';
	for (let index = 0; index < bytes.length; index += 3) {
		const chunk = (bytes[index]! << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
		const characters = Math.min(4, Math.ceil(((bytes.length - index) * 8) / 6));
		for (let place = 0; place < characters; place++) out += base64UrlAlphabet[(chunk >> (18 - 6 * place)) & 63];
	}
	return out;
}

/** The digest in plain base64 with padding, as a content security policy names a script by its hash. */
export function sha256Base64(text: string): string {
	const url = sha256Base64Url(text).replaceAll('-', '+').replaceAll('_', '/');
	return url.padEnd(Math.ceil(url.length / 4) * 4, '=');
}

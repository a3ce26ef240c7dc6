import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { sha256Base64Url, sha256Hex } from '../../../src/core/hash.ts';

// The core's SHA-256 gives the digests node:crypto gave, so question and bank revisions in old results files still match.
test.each(['', 'a', 'ab', 'abc', 'ёлочки «»', 'x'.repeat(1000)])('%j digests as node:crypto does', (text) => {
	expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
	expect(sha256Base64Url(text)).toBe(createHash('sha256').update(text).digest('base64url'));
});

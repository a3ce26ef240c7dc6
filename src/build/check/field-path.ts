/** Writes a path such as `['evidence', 0, 'quote']` the way an author reads it: `evidence[0].quote`. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}

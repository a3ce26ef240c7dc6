/**
 * Builds an element with attributes and children, for the few pages that are not Solid islands. Children are text
 * or elements, never markup: learner and bank text is always set as text.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const made = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
	made.append(...children);
	return made;
}

/** Offers `content` (text, or a file's bytes) as a file to save, through the browser's own download: nothing leaves the device. */
export function downloadFile(fileName: string, content: string | Uint8Array<ArrayBuffer>, type: string): void {
	const url = URL.createObjectURL(new Blob([content], { type }));
	element('a', { href: url, download: fileName }).click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

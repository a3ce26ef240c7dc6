/**
 * The order an `order` question's items are first shown in: a shuffle that is the same on every build and
 * every visit (seeded by the question id), and never the right order already.
 */
export function startOrder(seed: string, count: number): number[] {
	let state = [...seed].reduce((hash, character) => Math.imul(hash ^ character.charCodeAt(0), 16777619), 2166136261);
	const random = () => {
		// xorshift32: small, fast and good enough to shuffle six items.
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return (state >>> 0) / 2 ** 32;
	};
	const order = Array.from({ length: count }, (_, index) => index);
	for (let index = count - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1));
		[order[index], order[other]] = [order[other]!, order[index]!];
	}
	// A shuffle can land on the answer; moving the first item to the end never does, for two items or more.
	return order.every((item, index) => item === index) ? [...order.slice(1), order[0]!] : order;
}

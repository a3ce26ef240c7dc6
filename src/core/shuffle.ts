/**
 * Seeded shuffles, the same on every build, in every browser and on paper: used by the build for an order question's
 * neutral start, and by the browser for versions by seed (`?seed=`). Plain functions, shared by both wings.
 */

/** A shuffle of 0…count-1 that depends only on `seed`. */
export function shuffled(seed: string, count: number): number[] {
	let state = [...seed].reduce((hash, character) => Math.imul(hash ^ character.charCodeAt(0), 16777619), 2166136261);
	const random = () => {
		// xorshift32: small, fast and good enough to shuffle a quiz.
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
	return order;
}

/**
 * The order an order question's items start in: a seeded shuffle that is never `answer` (the items in their right
 * order; by default, as listed). A shuffle can land on the answer; moving its first item to the end never does.
 */
export function startOrder(seed: string, count: number, answer = Array.from({ length: count }, (_, index) => index)): number[] {
	const order = shuffled(seed, count);
	return order.every((item, index) => item === answer[index]) ? [...order.slice(1), order[0]!] : order;
}

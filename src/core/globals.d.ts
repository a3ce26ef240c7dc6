// The few globals the core uses that both Node and browsers have, as the WHATWG standards define them; the core's
// tsconfig leaves out both the DOM's types and Node's, so that nothing else slips in.

/** The WHATWG URL parser, as far as the core uses it. */
declare class URL {
	constructor(url: string);
	readonly hostname: string;
}

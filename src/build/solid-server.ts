// The server side of the Solid islands renderer. Every island is `client:only`, so Astro never asks it to render;
// it only has to exist, and to say no to any component it is offered.
export default {
	name: 'solid-js',
	check: () => false,
	renderToStaticMarkup: () => ({ html: '' }),
	supportsAstroStaticSlot: false,
};

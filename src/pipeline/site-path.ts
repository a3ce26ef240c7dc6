/** An address on this site, under the path it is published at (`base` in astro.config.mjs: `/`, or say `/underline/`). */
export const sitePath = (path: string) => `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;

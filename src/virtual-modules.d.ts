/** The print styles written from the catalogues (src/pipeline/print-words.ts). */
declare module 'virtual:print-words/*.css';

/**
 * The page's hooks (src/core/contract/hooks.ts), as constants the build writes into a script in place of `HOOK.name`
 * (src/pipeline/hook-constants.ts): browser code uses them so a page's script carries only the strings it uses, and a
 * script a page carries inline needs no import. Only the string constants are there, not the functions.
 */
declare const HOOK: typeof import('./core/contract/hooks');

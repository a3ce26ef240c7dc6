/** The print styles written from the catalogues (src/build/print-words.ts). */
declare module 'virtual:print-words/*.css';

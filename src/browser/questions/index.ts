// What the quiz shows once it comes near, loaded then (src/browser/islands/Quiz.tsx): a reader still in the article
// needs none of it, and the first load is lighter by its size.
export { default as Pager } from './Pager';
export { default as Question } from './Question';

/**
 * A word: letters or digits, possibly joined by an apostrophe or hyphen (« s’est », « peut-être »,
 * "don't") or, between digits, by a decimal/thousands separator (« 3,5 », "1,200.50").
 * Intl.Segmenter gives the same counts on running text but is ~15× slower, which matters when a
 * 10,000-segment document is imported.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’\u2011-]|(?<=\p{N})[.,\u00a0\u202f](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

/** Number of words in `text` as a translator counts them. */
export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) count++;
  return count;
}

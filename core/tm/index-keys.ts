/**
 * What the memory's full-text index stores for a French source: the matching key of each word
 * (core/terms: «chaînes» and «chaîne» share one), in order, space-separated. Term matching,
 * concordance and fuzzy lookup all read French through the same tokeniser, so a word the glossary
 * recognises is a word the memory recognises.
 *
 * Numbers are left out on purpose: a unit whose only difference is a number is still a good match
 * (the number is adapted), so a number must never be what decides whether a unit is a candidate.
 */

import { tokenise } from "../terms/tokenise";
import { WordTable } from "../terms/word-table";

// One table for the process: keys are pure functions of the surface, and the table bounds itself.
const WORDS = new WordTable();
const DIGIT = /\p{Nd}/u;
// FTS5 (unicode61, tokenchars '§_') reads letters, digits, § and _ as word characters; anything
// else inside a key («aujourd'hui») would split it, so it becomes "_".
const NOT_TOKEN_CHAR = /[^\p{L}\p{N}§_]/gu;

/** The index key of every word of `text` that is not a number, in text order. */
export function indexKeyList(text: string): string[] {
  const tokens = tokenise(text, WORDS);
  const keys: string[] = [];
  for (let i = 0; i < tokens.count; i++) {
    const key = tokens.words[i].key;
    if (DIGIT.test(key)) continue;
    keys.push(key.replace(NOT_TOKEN_CHAR, "_"));
  }
  return keys;
}

/** `indexKeyList` as the index column stores it. */
export function indexKeys(text: string): string {
  return indexKeyList(text).join(" ");
}

/** Words of `text` (numbers included): the length the fuzzy lookup's length filter compares. */
export function sourceLength(text: string): number {
  return tokenise(text, WORDS).count;
}

/**
 * What the memory's full-text index stores for a French source: the matching key of each word
 * (core/terms: «chaînes» and «chaîne» share one), in order, space-separated. Term matching,
 * concordance and fuzzy lookup all read French through the same tokeniser, so a word the glossary
 * recognises is a word the memory recognises.
 *
 * Numbers, tags and placeholders are left out on purpose: a unit whose only difference is a number
 * is still a good match (the number is adapted), so a number must never be what decides whether a
 * unit is a candidate. The fuzzy lookup's bounds rely on every indexed key being a word key of
 * match-tokens.ts (a word missing from a unit costs at least one word edit: score-match.ts).
 */

import { type MatchTokens, matchTokens, WORD } from "./match-tokens";

const DIGIT = /\p{Nd}/u;
// FTS5 (unicode61, tokenchars '§_') reads letters, digits, § and _ as word characters; anything
// else inside a key («aujourd'hui») would split it, so it becomes "_".
const NOT_TOKEN_CHAR = /[^\p{L}\p{N}§_]/gu;

/** The index key of token `i` of `tokens`, or null when it is not indexed (not a word, or a word with digits). */
export function indexKeyOf(tokens: MatchTokens, i: number): string | null {
  if (tokens.kinds[i] !== WORD) return null;
  const key = tokens.keys[i];
  return DIGIT.test(key) ? null : key.replace(NOT_TOKEN_CHAR, "_");
}

/** The index key of every indexed word of `text`, in text order. */
export function indexKeyList(text: string): string[] {
  return keyListOf(matchTokens(text.normalize("NFC")));
}

function keyListOf(tokens: MatchTokens): string[] {
  const keys: string[] = [];
  for (let i = 0; i < tokens.count; i++) {
    const key = indexKeyOf(tokens, i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** `indexKeyList` as the index column stores it. */
export function indexKeys(text: string): string {
  return indexKeyList(text).join(" ");
}

/** Words and numbers of `text`: the length the score divides by and the length filter compares. */
export function sourceLength(text: string): number {
  return matchTokens(text.normalize("NFC")).major;
}

/** `indexKeys` and `sourceLength` of one text, tokenised once (the unit writer needs both for every unit). */
export function indexFacts(text: string): { keys: string; length: number } {
  const tokens = matchTokens(text.normalize("NFC"));
  return { keys: keyListOf(tokens).join(" "), length: tokens.major };
}

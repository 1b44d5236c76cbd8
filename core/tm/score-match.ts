/**
 * The fuzzy-match score: how much of a stored source a translator can keep. It is a weighted edit
 * distance over match tokens (match-tokens.ts), priced by what the translator has to do to the
 * match's translation:
 * - a word inserted, deleted or replaced by another word: 1 (retranslate it);
 * - the same word in another case (0.3) or another inflection of it, «chaîne»/«chaînes», «le»/«la»
 *   (0.5): the translation mostly stands, an ending or a capital changes;
 * - a different number: 0.3 (it is adapted, or flagged: adapt-numbers.ts), a number inserted or
 *   deleted: 1 (it is a word to write);
 * - a tag, placeholder or punctuation mark inserted, deleted or changed: 0.1.
 * Score = 100 × (1 − cost / length), length = words and numbers of the longer text, one decimal,
 * floored at 0. Only identical texts score 100: any other difference (whitespace included) is
 * capped at 99.9. The cost is symmetric, so the score is too.
 */

import { type MatchTokens, matchTokens, NUMBER, WORD } from "./match-tokens";

export const COST = {
  word: 1,
  case: 0.3,
  inflection: 0.5,
  number: 0.3,
  numberFormat: 0.1,
  minor: 0.1,
} as const;

/** Cost of inserting or deleting a token of `kind`. */
const indel = (kind: number) => (kind === WORD || kind === NUMBER ? COST.word : COST.minor);

/** Cost of turning token `i` of `a` into token `j` of `b` (another kind: delete and insert). */
function substitutionCost(a: MatchTokens, i: number, b: MatchTokens, j: number): number {
  const kind = a.kinds[i];
  if (kind !== b.kinds[j]) return indel(kind) + indel(b.kinds[j]);
  if (a.surfaceIds[i] === b.surfaceIds[j]) return 0;
  const sameKey = a.keyIds[i] === b.keyIds[j];
  if (kind === WORD) {
    if (!sameKey) return COST.word;
    return a.surfaces[i].toLowerCase() === b.surfaces[j].toLowerCase() ? COST.case : COST.inflection;
  }
  if (kind === NUMBER) return sameKey ? COST.numberFormat : COST.number;
  return COST.minor;
}

// Reused DP rows: scoring runs hundreds of times per lookup (and a million times in the bench).
const rows = { previous: new Float64Array(64), current: new Float64Array(64), insert: new Float64Array(64) };

/** Weighted edit distance between two token sequences (symmetric). */
export function matchCost(a: MatchTokens, b: MatchTokens): number {
  const m = b.count;
  if (rows.previous.length <= m) {
    rows.previous = new Float64Array(2 * m + 2);
    rows.current = new Float64Array(2 * m + 2);
    rows.insert = new Float64Array(2 * m + 2);
  }
  let previous = rows.previous;
  let current = rows.current;
  const insertB = rows.insert;
  const bKinds = b.kinds;
  const bSurfaces = b.surfaceIds;
  previous[0] = 0;
  for (let j = 1; j <= m; j++) {
    insertB[j] = indel(bKinds[j - 1]);
    previous[j] = previous[j - 1] + insertB[j];
  }
  for (let i = 1; i <= a.count; i++) {
    const kind = a.kinds[i - 1];
    const surface = a.surfaceIds[i - 1];
    const deleteA = indel(kind);
    current[0] = previous[0] + deleteA;
    for (let j = 1; j <= m; j++) {
      const same = bKinds[j - 1] === kind && bSurfaces[j - 1] === surface;
      const replace = previous[j - 1] + (same ? 0 : substitutionCost(a, i - 1, b, j - 1));
      const remove = previous[j] + deleteA;
      const insert = current[j - 1] + insertB[j];
      current[j] = replace < remove ? (replace < insert ? replace : insert) : remove < insert ? remove : insert;
    }
    const swap = previous;
    previous = current;
    current = swap;
  }
  // Sums of tenths drift (0.1 + 0.2): round to the precision costs are written in.
  return Math.round(previous[m] * 1000) / 1000;
}

/** Score from a cost and the two texts' lengths (words and numbers); `identical` = same text. */
export function scoreFromCost(cost: number, majorA: number, majorB: number, identical: boolean): number {
  if (identical) return 100;
  const length = Math.max(majorA, majorB, 1);
  const score = Math.round(1000 * Math.max(0, 1 - cost / length)) / 10;
  return Math.min(99.9, score);
}

/** Score of tokenised texts `a` and `b` whose raw texts are `textA`, `textB` (NFC). */
export function scoreTokens(a: MatchTokens, b: MatchTokens, textA: string, textB: string): number {
  if (textA === textB) return 100;
  return scoreFromCost(matchCost(a, b), a.major, b.major, false);
}

/** Fuzzy-match score (0–100, one decimal) of two French sources. */
export function scoreMatch(a: string, b: string): number {
  const x = a.normalize("NFC");
  const y = b.normalize("NFC");
  if (x === y) return 100;
  return scoreTokens(matchTokens(x), matchTokens(y), x, y);
}

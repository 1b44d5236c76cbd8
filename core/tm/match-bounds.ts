/**
 * Upper bounds on a fuzzy-match score that can be known before scoring, from lengths and shared
 * index keys only. They are what lets the lookup skip units safely (score-match.ts defines the
 * score; every bound here follows from its costs):
 * - each word or number of the longer text beyond the shorter's count is an insertion or deletion
 *   costing at least 1, so cost ≥ |Lq − Lu|;
 * - each word of one text whose key the other text lacks is deleted or replaced by a different
 *   word, costing at least 1, so cost ≥ the words of either side whose key the other lacks;
 * and score ≤ 100 × (1 − cost / max(Lq, Lu)).
 * Scores are rounded to one decimal, so bounds are compared with a 0.05 margin.
 */

/** Half the rounding step of a score: a raw score this far below a threshold can still round up to it. */
const ROUNDING = 0.05;

/** Unit lengths (words and numbers) that can score ≥ `minScore` against a query of `length`. */
export function lengthRange(length: number, minScore: number): { min: number; max: number } {
  const s = minScore - ROUNDING;
  if (s <= 0) return { min: 0, max: Number.MAX_SAFE_INTEGER };
  return { min: Math.max(0, Math.ceil((length * s) / 100 - 1e-9)), max: Math.floor((length * 100) / s + 1e-9) };
}

/** Best score a unit can reach when it misses `missing` of the query's words, whatever its length. */
export function unseenBound(queryLength: number, missing: number): number {
  if (missing <= 0) return 100;
  // Shorter units lose missing/Lq; longer ones at best Lu = Lq + missing, where both bounds meet.
  return (100 * queryLength) / (queryLength + missing);
}

/** Best score of a unit of `unitLength` missing `queryMissing` query words while `unitMissing` of its words are not in the query. */
export function unitBound(queryLength: number, unitLength: number, queryMissing: number, unitMissing: number): number {
  const cost = Math.max(queryMissing, unitMissing, Math.abs(queryLength - unitLength));
  return 100 * Math.max(0, 1 - cost / Math.max(queryLength, unitLength, 1));
}

/** Whether a bound leaves room to reach `score` (one-decimal rounding included). */
export function canReach(bound: number, score: number): boolean {
  return bound >= score - ROUNDING;
}

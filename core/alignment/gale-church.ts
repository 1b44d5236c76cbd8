/**
 * The classic baseline: Gale & Church (1993) with their published parameters (one target
 * character per source character, variance 6.8, priors of NLTK's implementation) and the bead
 * shapes 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2. Lengths only; no lexical evidence.
 */

import { diagonal } from "./band";
import { prefixSums } from "./bead-cost";
import { searchBands } from "./search-bands";
import { charLength, GALE_CHURCH_VARIANCE, lengthCost } from "./length-model";
import type { Bead } from "./types";

const PRIORS: ReadonlyArray<{ source: number; target: number; prior: number }> = [
  { source: 1, target: 1, prior: 0.89 },
  { source: 1, target: 0, prior: 0.0099 },
  { source: 0, target: 1, prior: 0.0099 },
  { source: 2, target: 1, prior: 0.089 },
  { source: 1, target: 2, prior: 0.089 },
  { source: 2, target: 2, prior: 0.011 },
];

/** Gale & Church's length-only alignment; scores are posteriors under their model. */
export function galeChurch(source: readonly string[], target: readonly string[]): Bead[] {
  const ls = prefixSums(source.map(charLength));
  const lt = prefixSums(target.map(charLength));
  const priorCost = PRIORS.map((shape) => -Math.log(shape.prior));
  return searchBands(source.length, target.length, diagonal(source.length, target.length), PRIORS, () => (i, j, k) => {
    const { source: a, target: b } = PRIORS[k];
    return priorCost[k] + lengthCost(ls[i] - ls[i - a], lt[j] - lt[j - b], 1, GALE_CHURCH_VARIANCE);
  });
}

/**
 * Gale & Church's (1993) length model: a translation's length in characters is about `ratio` times
 * its original's, with a variance that grows with the length. A bead whose lengths disagree by δ
 * standard deviations costs −log P(|δ| or more), so the cost is 0 for a perfect match and grows
 * roughly like δ²/2 for a bad one.
 */

/** Gale & Church's variance of target characters per source character. */
export const GALE_CHURCH_VARIANCE = 6.8;

/** Length used by the model: characters without spaces, which tokenised imports add or drop. */
export function charLength(sentence: string): number {
  let length = 0;
  for (let i = 0; i < sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 0xa0 && code !== 0x202f) length++;
  }
  return length;
}

/** −log P(a length mismatch at least this large) for source and target lengths in characters. */
export function lengthCost(sourceLength: number, targetLength: number, ratio: number, variance = GALE_CHURCH_VARIANCE): number {
  if (sourceLength === 0 && targetLength === 0) return 0;
  // The mean of both lengths in source units, as in NLTK's implementation: symmetric, and never 0
  // when one side is empty.
  const mean = (sourceLength + targetLength / ratio) / 2;
  const delta = Math.abs(targetLength - sourceLength * ratio) / Math.sqrt(mean * variance);
  return -logErfc(delta / Math.SQRT2);
}

/**
 * log(erfc(z)) for z ≥ 0, from Numerical Recipes' Chebyshev fit (relative error < 1.2e-7). Kept
 * in log form so that hopeless beads get a large finite cost instead of log(0).
 */
export function logErfc(z: number): number {
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) - z * z + poly;
}

/**
 * French → English sentence alignment: Gale & Church's length model plus lexical evidence that
 * survives translation (numbers, names, cognates, glossary terms, lexicon translations), searched
 * by dynamic programming in a band around anchors rather than over the full n × m lattice.
 *
 * 1. Evidence keys per sentence (sentence-evidence.ts), weighted by rarity (evidence-index.ts).
 * 2. Anchors: pairs sharing keys unique in both texts, chained in order (anchors.ts).
 * 3. DP in a band around the anchor path, widened while the best path runs along its edge
 *    (search-bands.ts, banded-dp.ts).
 * 4. Each bead's confidence is its posterior probability over all paths in the band.
 */

import type { BeadShape } from "./banded-dp";
import { anchorGuide, findAnchorSteps } from "./anchors";
import { beadCost, opensTurn, prefixSums, type CostWeights, type SentenceFeatures } from "./bead-cost";
import { runAtOnce, type Steps } from "../work/slices";
import { indexEvidenceSteps, PairTable } from "./evidence-index";
import { charLength } from "./length-model";
import { searchBandSteps } from "./search-bands";
import { compileGlossary, sentenceKeys, type WordCache } from "./sentence-evidence";
import type { AlignOptions, Bead } from "./types";

/**
 * Shapes and weights of the cost (bead-cost.ts), set by coordinate search on the three development
 * books (strict + lax F1), then rounded. Few and coarse on purpose: tuned on any two books from
 * G&C-like starting values, the third still reaches 0.87 (Alice), 0.95 (Candide) and 0.99 (Vingt
 * mille lieues) strict F1. Shape costs are −log priors: 1-1 is free, 1-0 and 0-1 the dearest.
 */
export const DEFAULT_WEIGHTS: CostWeights = {
  shapes: [
    { source: 1, target: 1, cost: 0 },
    { source: 1, target: 2, cost: 2.2 },
    { source: 2, target: 1, cost: 2.2 },
    { source: 2, target: 2, cost: 4.9 },
    { source: 1, target: 3, cost: 4.9 },
    { source: 3, target: 1, cost: 4.9 },
    { source: 1, target: 4, cost: 5 },
    { source: 4, target: 1, cost: 5 },
    { source: 1, target: 0, cost: 6 },
    { source: 0, target: 1, cost: 6 },
  ],
  lengthWeight: 1,
  lengthVariance: 6.8,
  lexicalWeight: 13,
  similarityBaseline: 0.1,
  massHalf: 5.6,
  kindWeights: { num: 1.4, name: 1.3, w: 1, p: 0.7, g: 3 },
  innerTurnCost: { source: 0.7, target: 1.8 },
};

/** Evidence translators keep: when a sentence has it and the other text does not, that is a sign. */
const PRESERVED_KINDS = new Set(["num", "name", "g"]);
const kindOf = (key: string): string => key.slice(0, key.indexOf(":"));

/**
 * Aligns French sentences with their English translation; beads cover both lists in order.
 * `weights` is for benchmarks and experiments; callers keep the defaults.
 */
export function alignSentences(
  source: readonly string[],
  target: readonly string[],
  options: AlignOptions = {},
  weights: CostWeights = DEFAULT_WEIGHTS,
): Bead[] {
  return runAtOnce(alignSentenceSteps(source, target, options, weights));
}

/** Sentences whose evidence is read between two safe points. */
const SENTENCES_PER_STEP = 200;

/**
 * The same, yielding at safe points in every phase (evidence, index, pair tables, each band's DP),
 * to run in slices: aligning two 200,000-sentence texts takes minutes, which must not be minutes
 * of a server that answers no one else.
 */
export function* alignSentenceSteps(
  source: readonly string[],
  target: readonly string[],
  options: AlignOptions = {},
  weights: CostWeights = DEFAULT_WEIGHTS,
): Steps<Bead[]> {
  const n = source.length;
  const m = target.length;
  const glossary = options.glossary?.length ? compileGlossary(options.glossary) : undefined;
  const frenchCache: WordCache = new Map();
  const englishCache: WordCache = new Map();
  const sourceKeys: string[][] = [];
  const targetKeys: string[][] = [];
  for (const [k, s] of source.entries()) {
    if (k % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
    sourceKeys.push(sentenceKeys(s, "fr", options.lexicon, glossary, frenchCache));
  }
  for (const [k, t] of target.entries()) {
    if (k % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
    targetKeys.push(sentenceKeys(t, "en", undefined, glossary, englishCache));
  }
  const index = yield* indexEvidenceSteps(
    sourceKeys,
    targetKeys,
    (key) => weights.kindWeights[kindOf(key)] ?? 1,
    (key) => PRESERVED_KINDS.has(kindOf(key)),
  );
  const anchors = yield* findAnchorSteps(index.source, index.target, index.keyCount, (key) => !index.keys[key].startsWith("p:"));
  yield;
  const sourceLengths = source.map(charLength);
  const targetLengths = target.map(charLength);
  const features: SentenceFeatures = {
    sourceLength: prefixSums(sourceLengths),
    targetLength: prefixSums(targetLengths),
    sourceTurns: prefixSums(source.map((s) => (opensTurn(s) ? 1 : 0))),
    targetTurns: prefixSums(target.map((t) => (opensTurn(t) ? 1 : 0))),
    ratio: lengthRatio(sourceLengths, targetLengths),
  };
  const [maxSource, maxTarget] = [maxSide(weights.shapes, "source"), maxSide(weights.shapes, "target")];
  yield;
  return yield* searchBandSteps(n, m, anchorGuide(anchors, n, m), weights.shapes, function* (band) {
    return beadCost(weights, features, index, yield* PairTable.build(index, band, maxSource, maxTarget));
  });
}

/**
 * Target characters per source character: the translator's own expansion, measured on the whole
 * text (0.93 to 1.09 on the development books) but pulled towards 1 as if RATIO_PRIOR_CHARS more
 * characters had been seen at that ratio. On a short text an omitted or added sentence would
 * otherwise skew the ratio itself and make every true 1-1 bead look wrong.
 */
export const RATIO_PRIOR_CHARS = 2000;

function lengthRatio(source: number[], target: number[]): number {
  const total = (list: number[]): number => list.reduce((sum, x) => sum + x, 0);
  return (total(target) + RATIO_PRIOR_CHARS) / (total(source) + RATIO_PRIOR_CHARS);
}

function maxSide(shapes: readonly BeadShape[], side: "source" | "target"): number {
  return Math.max(...shapes.map((shape) => shape[side]));
}

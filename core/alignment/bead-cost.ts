/**
 * What a bead costs in our aligner: a prior on its shape, Gale & Church's length cost, and a
 * lexical term that rewards sentences sharing more evidence than chance.
 *
 *   cost = shape cost + lengthWeight · lengthCost
 *          − lexicalWeight · (similarity − similarityBaseline) · certainty
 *          + innerTurnCost · (sentences inside the bead, after its first, that open a quotation)
 *
 * similarity is the weighted Dice coefficient of the bead's two sides (shared weight over mean
 * weight), so adding an unrelated sentence to a bead dilutes it. certainty = mass / (mass +
 * massHalf), where mass is the evidence weight of the bead's sentences, shrinks the lexical term
 * for sentences with little evidence ("Oh!", "Yes."), where a low similarity means nothing.
 *
 * Trade-off: the lexical term is per bead, not per sentence. Scaling it by the sentences covered
 * (so one 2-2 bead weighs as much as two 1-1 beads) sounds fairer, but then a bead gains by
 * swallowing a neighbour without evidence ("Il faisait froid." joins the next pair); and scaling
 * it by the mass itself makes long merged beads win. A bounded per-bead term leaves the choice
 * of shape to the shape costs and the length model, where it belongs.
 *
 * Known limit: an unrelated 1-1 pair costs at most lexicalWeight · similarityBaseline (1.3) more
 * than a neutral one, less than leaving both sentences unaligned, so most of a long passage missing
 * from one text (100 sentences) gets matched with its neighbours instead of left unaligned. A
 * steeper slope below the baseline catches more of it but costs 2 to 6 points of strict F1 on
 * the development books, where omissions are rare; we keep the literary trade-off.
 *
 * A sentence that opens a quotation or a dialogue turn (« — " ') starts a new utterance, and
 * translators keep utterances apart: on the development books an English sentence opening a
 * quotation is the first of its bead 769 times in 777, a French one 502 times in 552. So such a
 * sentence costs extra anywhere but first in a bead. (Whether both first sentences open one is
 * a weaker cue: one text marks turns with dashes, or not at all, where the other uses quotes.)
 */

import type { BeadCost, BeadShape } from "./banded-dp";
import type { EvidenceIndex, PairTable } from "./evidence-index";
import { lengthCost } from "./length-model";

export interface CostWeights {
  /** Bead shapes allowed, with their cost (−log prior, tuned on literary French–English). */
  shapes: ReadonlyArray<BeadShape & { cost: number }>;
  lengthWeight: number;
  /** Variance of target characters per source character (Gale & Church: 6.8). */
  lengthVariance: number;
  lexicalWeight: number;
  /** Similarity a bead must beat to be rewarded: about what unrelated neighbours reach. */
  similarityBaseline: number;
  /** Evidence mass at which the lexical term counts half. */
  massHalf: number;
  /** How much each kind of evidence key ("num", "name", "w", "p", "g") counts, on top of its rarity. */
  kindWeights: Readonly<Record<string, number>>;
  /** Cost of each sentence opening a quotation that is not the first of its bead, per side. */
  innerTurnCost: { source: number; target: number };
}

/** Per-side prefix sums of what the cost needs about each sentence. */
export interface SentenceFeatures {
  /** Characters (see charLength), as prefix sums. */
  sourceLength: Float64Array;
  targetLength: Float64Array;
  /** Sentences opening a quotation or dialogue turn, as prefix sums. */
  sourceTurns: Float64Array;
  targetTurns: Float64Array;
  /** Target characters per source character. */
  ratio: number;
}

const OPENS_TURN = /^\s*(?:["“”«‘'—–]|--)/u;

/** Whether a sentence opens a quotation or a dialogue turn (« Oui… », — Oui…, "Yes…", 'Yes…'). */
export function opensTurn(sentence: string): boolean {
  return OPENS_TURN.test(sentence);
}

/** Prefix sums, so that a bead's total over any run of sentences is one subtraction. */
export function prefixSums(values: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) sums[k + 1] = sums[k] + values[k];
  return sums;
}

/** The cost of any bead, given sentence features, evidence and the pair table of the band. */
export function beadCost(weights: CostWeights, features: SentenceFeatures, index: EvidenceIndex, pairs: PairTable): BeadCost {
  const sourceMass = prefixSums(index.sourceMass);
  const targetMass = prefixSums(index.targetMass);
  const { shapes } = weights;
  return (i, j, shape) => {
    const a = shapes[shape].source;
    const b = shapes[shape].target;
    // An unaligned sentence costs its shape's price alone. Gale & Church also charge it the
    // length cost of matching it with nothing, which grows with its length: a long inserted note
    // then costs more on its own than glued to a neighbour, and gets glued.
    if (a === 0 || b === 0) return shapes[shape].cost;
    const ls = features.sourceLength[i] - features.sourceLength[i - a];
    const lt = features.targetLength[j] - features.targetLength[j - b];
    let cost = shapes[shape].cost + weights.lengthWeight * lengthCost(ls, lt, features.ratio, weights.lengthVariance);
    if (a > 1) cost += weights.innerTurnCost.source * (features.sourceTurns[i] - features.sourceTurns[i - a + 1]);
    if (b > 1) cost += weights.innerTurnCost.target * (features.targetTurns[j] - features.targetTurns[j - b + 1]);
    let shared = 0;
    for (let s = i - a; s < i; s++) for (let t = j - b; t < j; t++) shared += pairs.get(s, t);
    const mass = sourceMass[i] - sourceMass[i - a] + targetMass[j] - targetMass[j - b];
    if (mass === 0) return cost;
    const similarity = Math.min(1, (2 * shared) / mass);
    const certainty = mass / (mass + weights.massHalf);
    return cost - weights.lexicalWeight * (similarity - weights.similarityBaseline) * certainty;
  };
}

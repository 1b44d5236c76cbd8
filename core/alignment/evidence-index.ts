/**
 * Evidence of a whole text pair as numbers: each key that occurs on both sides gets an id and a
 * weight, each sentence a sorted list of ids and its total weight ("mass"). A shared key is worth
 * more the rarer it is (inverse document frequency), so "Candide" in a book about Candide counts
 * less than a number or a place named twice.
 */

import { runAtOnce, type Steps } from "../work/slices";
import type { Band } from "./banded-dp";

/** Sentences (or pair-table rows) handled between two safe points. */
const SENTENCES_PER_STEP = 2_000;

export interface EvidenceIndex {
  keyCount: number;
  /** Key strings by id, for kinds (anchors skip punctuation) and debugging. Some keys occur on one side only. */
  keys: string[];
  weights: Float64Array;
  source: Int32Array[];
  target: Int32Array[];
  sourceMass: Float64Array;
  targetMass: Float64Array;
}

/**
 * Ids, weights and masses for keys found on both sides, and for keys found on one side only when
 * `expectedOnBothSides(key)`: a number or a name missing from the other text never matches, but
 * it still counts in its sentence's mass, so gluing that sentence to a neighbour dilutes the
 * neighbour's similarity. A cognate key missing from the other side means nothing (most words
 * are not cognates), so it counts for nothing.
 */
export function indexEvidence(
  sourceKeys: readonly string[][],
  targetKeys: readonly string[][],
  kindWeight: (key: string) => number,
  expectedOnBothSides: (key: string) => boolean,
): EvidenceIndex {
  return runAtOnce(indexEvidenceSteps(sourceKeys, targetKeys, kindWeight, expectedOnBothSides));
}

/** The same, yielding every few thousand sentences, to run in slices. */
export function* indexEvidenceSteps(
  sourceKeys: readonly string[][],
  targetKeys: readonly string[][],
  kindWeight: (key: string) => number,
  expectedOnBothSides: (key: string) => boolean,
): Steps<EvidenceIndex> {
  const df = new Map<string, [number, number]>();
  for (const [side, sentences] of [
    [0, sourceKeys],
    [1, targetKeys],
  ] as const) {
    for (const [k, keys] of sentences.entries()) {
      if (k % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
      for (const key of keys) {
        const counts = df.get(key) ?? [0, 0];
        counts[side]++;
        df.set(key, counts);
      }
    }
  }
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const weightList: number[] = [];
  const sentences = sourceKeys.length + targetKeys.length;
  let seen = 0;
  for (const [key, [inSource, inTarget]] of df) {
    if (++seen % (10 * SENTENCES_PER_STEP) === 0) yield;
    if ((inSource === 0 || inTarget === 0) && !expectedOnBothSides(key)) continue;
    ids.set(key, keys.length);
    keys.push(key);
    weightList.push(Math.log(1 + sentences / (inSource + inTarget)) * kindWeight(key));
  }
  const weights = Float64Array.from(weightList);
  const toIds = (list: readonly string[]): Int32Array => {
    const found = list.map((key) => ids.get(key)).filter((id): id is number => id !== undefined);
    return Int32Array.from(found).sort();
  };
  const side = function* (keyLists: readonly string[][]): Steps<{ ids: Int32Array[]; mass: Float64Array }> {
    const idLists: Int32Array[] = [];
    const mass = new Float64Array(keyLists.length);
    for (const [k, list] of keyLists.entries()) {
      if (k % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
      const idsOf = toIds(list);
      idLists.push(idsOf);
      for (const id of idsOf) mass[k] += weights[id];
    }
    return { ids: idLists, mass };
  };
  const source = yield* side(sourceKeys);
  const target = yield* side(targetKeys);
  return { keyCount: keys.length, keys, weights, source: source.ids, target: target.ids, sourceMass: source.mass, targetMass: target.mass };
}

/**
 * Shared weight of every source–target sentence pair a bead in the band can contain: source s
 * pairs with the targets of the rows s + 1 … s + maxSource, reaching back maxTarget sentences.
 */
export class PairTable {
  private constructor(
    private readonly start: Int32Array,
    private readonly first: Int32Array,
    private readonly values: Float32Array,
  ) {}

  static of(index: EvidenceIndex, band: Band, maxSource: number, maxTarget: number): PairTable {
    return runAtOnce(PairTable.build(index, band, maxSource, maxTarget));
  }

  /** Builds the table, yielding every few thousand source sentences, to run in slices. */
  static *build(index: EvidenceIndex, band: Band, maxSource: number, maxTarget: number): Steps<PairTable> {
    const n = index.source.length;
    const m = index.target.length;
    const first = new Int32Array(n);
    const last = new Int32Array(n);
    const start = new Int32Array(n + 1);
    for (let s = 0; s < n; s++) {
      first[s] = Math.max(0, band.lo[s + 1] - maxTarget);
      last[s] = Math.min(m - 1, band.hi[Math.min(n, s + maxSource)] - 1);
      start[s + 1] = start[s] + Math.max(0, last[s] - first[s] + 1);
    }
    const values = new Float32Array(start[n]);
    // Scatter the source sentence's key weights into a dense array, then each target sums its own
    // keys' entries: |target keys| operations per pair instead of a merge of two lists.
    const scratch = new Float64Array(index.keyCount);
    for (let s = 0; s < n; s++) {
      if (s % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
      const keys = index.source[s];
      for (let k = 0; k < keys.length; k++) scratch[keys[k]] = index.weights[keys[k]];
      for (let t = first[s]; t <= last[s]; t++) {
        const targetKeys = index.target[t];
        let shared = 0;
        for (let k = 0; k < targetKeys.length; k++) shared += scratch[targetKeys[k]];
        values[start[s] + t - first[s]] = shared;
      }
      for (let k = 0; k < keys.length; k++) scratch[keys[k]] = 0;
    }
    return new PairTable(start, first, values);
  }

  /** Shared weight of source sentence s and target sentence t (0 outside the table). */
  get(s: number, t: number): number {
    const at = this.start[s] + t - this.first[s];
    return t < this.first[s] || at >= this.start[s + 1] ? 0 : this.values[at];
  }
}

/**
 * High-confidence anchors: sentence pairs that share evidence found nowhere else in either text
 * (a name, a number, a rare cognate used once on each side). Some such coincidences are chance,
 * so we keep the heaviest chain of anchors that are in order on both sides (a weighted longest
 * increasing subsequence): a chance pair rarely fits between true neighbours. The chain guides
 * the band, so a long omission or a shift between the texts does not push the true path out of it.
 */

import { runAtOnce, type Steps } from "../work/slices";
import type { GuidePoint } from "./band";

/** Sentences, keys or pairs handled between two safe points. */
const ITEMS_PER_STEP = 20_000;

/** A source–target sentence pair and how many unique keys they share. */
export interface Anchor {
  source: number;
  target: number;
  weight: number;
}

/** Pairs sharing a key that occurs in exactly one sentence of each side, chained in order. */
export function findAnchors(source: readonly Int32Array[], target: readonly Int32Array[], keyCount: number, eligible: (key: number) => boolean): Anchor[] {
  return runAtOnce(findAnchorSteps(source, target, keyCount, eligible));
}

/** The same, yielding every few thousand sentences or keys, to run in slices. */
export function* findAnchorSteps(
  source: readonly Int32Array[],
  target: readonly Int32Array[],
  keyCount: number,
  eligible: (key: number) => boolean,
): Steps<Anchor[]> {
  const where = function* (sentences: readonly Int32Array[]): Steps<Int32Array> {
    // −1: unseen, −2: seen in several sentences, else the one sentence that has it.
    const at = new Int32Array(keyCount).fill(-1);
    for (const [index, keys] of sentences.entries()) {
      if (index % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
      keys.forEach((key) => (at[key] = at[key] === -1 ? index : -2));
    }
    return at;
  };
  const inSource = yield* where(source);
  const inTarget = yield* where(target);
  const pairs = new Map<number, Anchor>();
  for (let key = 0; key < keyCount; key++) {
    if (key % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    if (inSource[key] < 0 || inTarget[key] < 0 || !eligible(key)) continue;
    const id = inSource[key] * (target.length + 1) + inTarget[key];
    const pair = pairs.get(id);
    if (pair) pair.weight++;
    else pairs.set(id, { source: inSource[key], target: inTarget[key], weight: 1 });
  }
  yield;
  return heaviestChain([...pairs.values()], target.length);
}

/** The chain of pairs strictly increasing on both sides with the largest total weight. */
export function heaviestChain(pairs: Anchor[], targetCount: number): Anchor[] {
  // Sorted by source, and by decreasing target within a source so that two pairs of one source
  // sentence can never chain. A Fenwick tree over targets holds the best chain ending below t.
  pairs.sort((x, y) => x.source - y.source || y.target - x.target);
  const treeWeight = new Float64Array(targetCount + 1);
  const treeEnd = new Int32Array(targetCount + 1).fill(-1);
  const previous = new Int32Array(pairs.length).fill(-1);
  const total = new Float64Array(pairs.length);
  pairs.forEach((pair, p) => {
    let bestWeight = 0;
    let bestEnd = -1;
    for (let t = pair.target; t > 0; t -= t & -t) {
      if (treeWeight[t] > bestWeight) {
        bestWeight = treeWeight[t];
        bestEnd = treeEnd[t];
      }
    }
    total[p] = bestWeight + pair.weight;
    previous[p] = bestEnd;
    for (let t = pair.target + 1; t <= targetCount; t += t & -t) {
      if (total[p] > treeWeight[t]) {
        treeWeight[t] = total[p];
        treeEnd[t] = p;
      }
    }
  });
  let end = -1;
  total.forEach((weight, p) => {
    if (end < 0 || weight > total[end]) end = p;
  });
  const chain: Anchor[] = [];
  for (let p = end; p >= 0; p = previous[p]) chain.push(pairs[p]);
  return chain.reverse();
}

/** A guide through the anchors: (0, 0), each anchor's cell and the one after it, then (n, m). */
export function anchorGuide(anchors: readonly Anchor[], n: number, m: number): GuidePoint[] {
  const guide: GuidePoint[] = [[0, 0]];
  for (const { source, target } of anchors) guide.push([source, target], [source + 1, target + 1]);
  guide.push([n, m]);
  return guide;
}

/**
 * Dynamic programming over a band of the n × m alignment lattice. Cell (i, j) means "the first i
 * source and j target sentences are aligned"; a bead of shape (a, b) steps from (i − a, j − b) to
 * (i, j). Only cells with lo[i] ≤ j ≤ hi[i] exist, so time and memory are n × band width instead
 * of n × m.
 *
 * One forward pass finds the cheapest path (Viterbi) and, in the same loop, the log-sum over all
 * paths; a backward pass gives the log-sum of all completions. Together they give each chosen
 * bead's posterior probability under P(path) ∝ exp(−cost / temperature): how much of the
 * probability mass agrees with that exact bead, which is the confidence we report.
 */

import { runAtOnce, type Steps } from "../work/slices";

/** A bead shape: how many source and target sentences it takes. */
export interface BeadShape {
  source: number;
  target: number;
}

/** Inclusive target range of each row 0..n; lo and hi non-decreasing, lo[i] ≤ hi[i − 1]. */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

/** Cost of the bead of shape `shapes[shape]` that ends at cell (i, j). */
export type BeadCost = (i: number, j: number, shape: number) => number;

export interface BandPath {
  /** Beads as [sourceStart, sourceEnd, targetStart, targetEnd) in order. */
  beads: Array<{ i0: number; i1: number; j0: number; j1: number; posterior: number }>;
  /** True when the path runs along the band's edge, so a wider band might find a cheaper one. */
  touchesEdge: boolean;
}

/** Cells this close to an inner edge of the band count as touching it. */
const EDGE_MARGIN = 2;

/** Cells computed between two safe points (a few milliseconds of work). */
const CELLS_PER_STEP = 4_000;

/** Cheapest path from (0, 0) to (n, m) inside the band, with each bead's posterior probability. */
export function alignInBand(n: number, m: number, band: Band, shapes: readonly BeadShape[], cost: BeadCost, temperature: number): BandPath {
  return runAtOnce(alignInBandSteps(n, m, band, shapes, cost, temperature));
}

/** The same, yielding every few thousand cells (between rows), to run in slices. */
export function* alignInBandSteps(n: number, m: number, band: Band, shapes: readonly BeadShape[], cost: BeadCost, temperature: number): Steps<BandPath> {
  const { lo, hi } = band;
  let work = 0;
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) offset[i + 1] = offset[i] + (hi[i] - lo[i] + 1);
  const cells = offset[n + 1];
  // Long texts make bands of millions of cells: filling each array is a step of its own.
  const best = new Float64Array(cells).fill(Infinity);
  yield;
  const forward = new Float64Array(cells).fill(-Infinity);
  yield;
  const back = new Uint8Array(cells);
  const terms = new Float64Array(shapes.length);
  const cellOf = (i: number, j: number): number => (j < lo[i] || j > hi[i] ? -1 : offset[i] + j - lo[i]);
  best[0] = 0;
  forward[0] = 0;

  for (let i = 0; i <= n; i++) {
    work += hi[i] - lo[i] + 1;
    if (work >= CELLS_PER_STEP) {
      work = 0;
      yield;
    }
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue;
      const cell = offset[i] + j - lo[i];
      let bestCost = Infinity;
      let bestShape = 0;
      let count = 0;
      for (let k = 0; k < shapes.length; k++) {
        const pi = i - shapes[k].source;
        const pj = j - shapes[k].target;
        if (pi < 0 || pj < 0) continue;
        const prev = cellOf(pi, pj);
        if (prev < 0 || best[prev] === Infinity) continue;
        const c = cost(i, j, k);
        if (best[prev] + c < bestCost) {
          bestCost = best[prev] + c;
          bestShape = k;
        }
        terms[count++] = forward[prev] - c / temperature;
      }
      best[cell] = bestCost;
      back[cell] = bestShape;
      forward[cell] = logSumExp(terms, count);
    }
  }

  yield;
  const backward = new Float64Array(cells).fill(-Infinity);
  yield;
  backward[cells - 1] = 0;
  for (let i = n; i >= 0; i--) {
    work += hi[i] - lo[i] + 1;
    if (work >= CELLS_PER_STEP) {
      work = 0;
      yield;
    }
    for (let j = hi[i]; j >= lo[i]; j--) {
      const cell = offset[i] + j - lo[i];
      if (cell === cells - 1) continue;
      let count = 0;
      for (let k = 0; k < shapes.length; k++) {
        const ni = i + shapes[k].source;
        const nj = j + shapes[k].target;
        if (ni > n || nj > m) continue;
        const next = cellOf(ni, nj);
        if (next < 0 || backward[next] === -Infinity) continue;
        terms[count++] = backward[next] - cost(ni, nj, k) / temperature;
      }
      backward[cell] = logSumExp(terms, count);
    }
  }

  const total = forward[cells - 1];
  const beads: BandPath["beads"] = [];
  let touchesEdge = false;
  for (let i = n, j = m; i > 0 || j > 0;) {
    if (beads.length % CELLS_PER_STEP === CELLS_PER_STEP - 1) yield;
    const cell = offset[i] + j - lo[i];
    const k = back[cell];
    const pi = i - shapes[k].source;
    const pj = j - shapes[k].target;
    const logPosterior = forward[cellOf(pi, pj)] - cost(i, j, k) / temperature + backward[cell] - total;
    beads.push({ i0: pi, i1: i, j0: pj, j1: j, posterior: Math.min(1, Math.exp(logPosterior)) });
    if ((lo[i] > 0 && j - lo[i] < EDGE_MARGIN) || (hi[i] < m && hi[i] - j < EDGE_MARGIN)) touchesEdge = true;
    i = pi;
    j = pj;
  }
  beads.reverse();
  return { beads, touchesEdge };
}

function logSumExp(values: Float64Array, count: number): number {
  let max = -Infinity;
  for (let k = 0; k < count; k++) if (values[k] > max) max = values[k];
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (let k = 0; k < count; k++) sum += Math.exp(values[k] - max);
  return max + Math.log(sum);
}

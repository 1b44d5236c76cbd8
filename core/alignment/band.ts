/**
 * Bands for the dynamic programming: a guide path through the lattice (anchors, or a previous
 * alignment) widened by a margin on each side, fixed up so that a path from (0, 0) to (n, m)
 * always exists inside it.
 */

import type { Band } from "./banded-dp";

/** A lattice point: i source and j target sentences consumed. */
export type GuidePoint = readonly [i: number, j: number];

/** The rows' target ranges covering `guide` (monotone, from (0, 0) to (n, m)) ± `halfWidth`. */
export function bandAround(guide: readonly GuidePoint[], n: number, m: number, halfWidth: number): Band {
  const jMin = new Float64Array(n + 1).fill(Infinity);
  const jMax = new Float64Array(n + 1).fill(-Infinity);
  const mark = (i: number, j: number): void => {
    if (j < jMin[i]) jMin[i] = j;
    if (j > jMax[i]) jMax[i] = j;
  };
  for (let p = 0; p < guide.length; p++) {
    const [x0, y0] = guide[p];
    mark(x0, y0);
    if (p + 1 === guide.length) break;
    const [x1, y1] = guide[p + 1];
    // Rows strictly between two guide points get the interpolated column.
    for (let i = x0 + 1; i < x1; i++) mark(i, y0 + ((y1 - y0) * (i - x0)) / (x1 - x0));
  }
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.floor(jMin[i]) - halfWidth);
    hi[i] = Math.min(m, Math.ceil(jMax[i]) + halfWidth);
  }
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) {
    lo[i] = Math.max(lo[i], lo[i - 1]);
    hi[i] = Math.max(hi[i], hi[i - 1]);
  }
  // Rows must overlap so that every row is reachable from the one before.
  for (let i = 1; i <= n; i++) if (lo[i] > hi[i - 1]) hi[i - 1] = lo[i];
  return { lo, hi };
}

/** True when the band already spans the whole lattice, so widening it cannot help. */
export function coversLattice(band: Band, m: number): boolean {
  for (let i = 0; i < band.lo.length; i++) if (band.lo[i] > 0 || band.hi[i] < m) return false;
  return true;
}

/** A guide that ignores content: the straight diagonal from (0, 0) to (n, m). */
export function diagonal(n: number, m: number): GuidePoint[] {
  return [
    [0, 0],
    [n, m],
  ];
}

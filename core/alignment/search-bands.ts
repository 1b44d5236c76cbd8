/**
 * The search strategy around the banded DP: start with a band of ±BAND_HALF_WIDTH sentences
 * around a guide (anchors, or the diagonal); if the best path runs along the band's edge, a
 * cheaper path may lie outside, so re-centre the band on that path, double its width and search
 * again, until the path stays inside (or the band spans the lattice). Moore (2002) widens the same
 * way. Time and memory stay linear while the texts are parallel, and degrade gracefully when a
 * long passage is missing on one side.
 *
 * Texts that are not translations of each other would widen the band to the whole n × m lattice,
 * so widening stops at MAX_BAND_CELLS (about 30 bytes each): past that we return the best path
 * found so far, which still covers every sentence, rather than run out of memory.
 */

import { runAtOnce, type Steps } from "../work/slices";
import { bandAround, coversLattice, type GuidePoint } from "./band";
import { alignInBandSteps, type Band, type BeadCost, type BeadShape } from "./banded-dp";
import type { Bead } from "./types";

/** Half-width of the first band, in target sentences either side of the guide. */
export const BAND_HALF_WIDTH = 32;

/** Largest band searched: 4 million cells, about 120 MB (10,000 sentences ± 200, or 2,000 × 2,000). */
export const MAX_BAND_CELLS = 4_000_000;

/** Temperature of the posterior: above 1 spreads probability to near-optimal alternatives. */
export const CONFIDENCE_TEMPERATURE = 1;

/** Best beads from (0, 0) to (n, m), each scored with its posterior; `costIn` builds a band's cost. */
export function searchBands(
  n: number,
  m: number,
  firstGuide: GuidePoint[],
  shapes: readonly BeadShape[],
  costIn: (band: Band) => BeadCost,
  maxCells = MAX_BAND_CELLS,
): Bead[] {
  return runAtOnce(
    searchBandSteps(
      n,
      m,
      firstGuide,
      shapes,
      function* (band) {
        return costIn(band);
      },
      maxCells,
    ),
  );
}

/** The same, yielding inside each band's work (the cost's own preparation, then the DP), to run in slices. */
export function* searchBandSteps(
  n: number,
  m: number,
  firstGuide: GuidePoint[],
  shapes: readonly BeadShape[],
  costIn: (band: Band) => Steps<BeadCost>,
  maxCells = MAX_BAND_CELLS,
): Steps<Bead[]> {
  let guide = firstGuide;
  for (let halfWidth = BAND_HALF_WIDTH; ; halfWidth *= 2) {
    const band = bandAround(guide, n, m, halfWidth);
    yield;
    const path = yield* alignInBandSteps(n, m, band, shapes, yield* costIn(band), CONFIDENCE_TEMPERATURE);
    // The next band is about twice as large as this one.
    if (!path.touchesEdge || coversLattice(band, m) || 2 * bandCells(band) > maxCells) {
      const beads: Bead[] = [];
      for (const [k, { i0, i1, j0, j1, posterior }] of path.beads.entries()) {
        if (k % 20_000 === 19_999) yield;
        beads.push({ source: range(i0, i1), target: range(j0, j1), score: round(posterior) });
      }
      return beads;
    }
    guide = [[0, 0], ...path.beads.map(({ i1, j1 }): GuidePoint => [i1, j1])];
  }
}

function bandCells(band: Band): number {
  let cells = 0;
  for (let i = 0; i < band.lo.length; i++) cells += band.hi[i] - band.lo[i] + 1;
  return cells;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);
const round = (x: number): number => Math.round(x * 1000) / 1000;

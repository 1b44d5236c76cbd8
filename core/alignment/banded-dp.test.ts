import { describe, expect, it } from "vitest";
import { heaviestChain } from "./anchors";
import { bandAround, diagonal } from "./band";
import { alignInBand, type BeadShape } from "./banded-dp";
import { searchBands } from "./search-bands";

const SHAPES: BeadShape[] = [
  { source: 1, target: 1 },
  { source: 1, target: 0 },
  { source: 0, target: 1 },
];

describe("alignInBand", () => {
  it("finds the cheapest path and gives its beads posteriors in [0, 1]", () => {
    // Cheap only along the diagonal: the path is all 1-1, and near-certain at a low temperature.
    const band = bandAround(diagonal(5, 5), 5, 5, 2);
    const path = alignInBand(5, 5, band, SHAPES, (i, j, k) => (k === 0 && i === j ? 0 : 5), 0.5);
    expect(path.beads.map(({ i0, j0, i1, j1 }) => [i0, j0, i1, j1])).toEqual([0, 1, 2, 3, 4].map((k) => [k, k, k + 1, k + 1]));
    for (const bead of path.beads) expect(bead.posterior).toBeGreaterThan(0.95);
    expect(path.touchesEdge).toBe(false);
  });

  it("gives a lower posterior where two paths cost the same", () => {
    // Source 0 can pair with target 0 or 1 at equal cost (the other target left unaligned): each
    // reading gets about half; dropping the source sentence (shape 1-0) is far too dear to count.
    const cost = (i: number, j: number, k: number): number => (k === 0 ? 0 : k === 2 ? 1 : 20);
    const path = alignInBand(1, 2, bandAround(diagonal(1, 2), 1, 2, 2), SHAPES, cost, 1);
    expect(path.beads.find((bead) => bead.i1 - bead.i0 === 1)!.posterior).toBeCloseTo(0.5, 1);
  });
});

describe("searchBands", () => {
  // 100 inserted target sentences first, then 1-1: at row i the path is at j = i + 100.
  const n = 200;
  const m = 300;
  const cost =
    () =>
    (i: number, j: number, k: number): number => {
      if (k === 2) return i === 0 ? 0 : 50;
      return k === 0 && j - i === 100 ? 0 : 50;
    };

  it("widens the band until it holds a path far from the diagonal", () => {
    const beads = searchBands(n, m, diagonal(n, m), SHAPES, cost);
    expect(beads.slice(0, 100).every((bead) => bead.source.length === 0)).toBe(true);
    expect(beads.slice(100).map((bead) => [bead.source, bead.target])).toEqual(Array.from({ length: n }, (_, i) => [[i], [i + 100]]));
  });

  it("stops widening at the cell budget and still covers every sentence", () => {
    const beads = searchBands(n, m, diagonal(n, m), SHAPES, cost, 20_000);
    expect(beads.flatMap((bead) => bead.source)).toEqual(Array.from({ length: n }, (_, k) => k));
    expect(beads.flatMap((bead) => bead.target)).toEqual(Array.from({ length: m }, (_, k) => k));
    // The budget allows a band of ±32 but not ±64, so the path cannot reach j = i + 100 early on.
    expect(beads.some((bead) => bead.source[0] === 0 && bead.target[0] !== 100)).toBe(true);
  });
});

describe("heaviestChain", () => {
  it("keeps the heaviest chain increasing on both sides and drops crossing pairs", () => {
    const pairs = [
      { source: 0, target: 0, weight: 1 },
      { source: 1, target: 9, weight: 1 }, // a chance match far ahead
      { source: 2, target: 2, weight: 1 },
      { source: 3, target: 3, weight: 2 },
      { source: 3, target: 4, weight: 1 }, // same source sentence: at most one can stay
      { source: 5, target: 5, weight: 1 },
    ];
    expect(heaviestChain(pairs, 10).map((p) => [p.source, p.target])).toEqual([
      [0, 0],
      [2, 2],
      [3, 3],
      [5, 5],
    ]);
  });
});

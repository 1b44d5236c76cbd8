import { describe, expect, it } from "vitest";
import { countRight, scoreAlignment, type ScoredBead } from "./score-alignment";

const b = (source: number[], target: number[]): ScoredBead => ({ source, target });

// Worked by hand: see the comments on each bead.
const GOLD = [b([0], [0]), b([1, 2], [1]), b([3], []), b([], [2]), b([4], [3, 4]), b([5], [])];
const TEST = [
  b([0], [0]), // strict
  b([1], [1]), // lax only: shares the link 1–1 with the gold bead [1,2]–[1]
  b([2, 3], [2]), // wrong: 2 is linked to 1 in the gold, 3 to nothing
  b([4], [3, 4]), // strict
  b([5], []), // strict: the gold also leaves 5 unaligned
  b([], []), // empty on both sides: ignored
];

describe("scoreAlignment", () => {
  it("counts strict and lax precision over predicted beads", () => {
    expect(countRight(GOLD, TEST)).toEqual({ strictRight: 3, laxRight: 4, total: 5 });
  });

  it("computes recall with the sides swapped and beads with an empty side dropped", () => {
    const score = scoreAlignment([{ gold: GOLD, test: TEST }]);
    expect(score.strict.precision).toBeCloseTo(3 / 5);
    expect(score.strict.recall).toBeCloseTo(2 / 3); // [0]-[0] and [4]-[3,4] of the 3 two-sided gold beads
    expect(score.lax.precision).toBeCloseTo(4 / 5);
    expect(score.lax.recall).toBeCloseTo(1); // [1,2]-[1] shares 1–1 with the predicted [1]-[1]
    expect(score.strict.f1).toBeCloseTo((2 * 0.6 * (2 / 3)) / (0.6 + 2 / 3));
    expect(score.lax.f1).toBeCloseTo((2 * 0.8) / 1.8);
  });

  it("rewards a predicted deletion only when the gold has the same one", () => {
    expect(countRight([b([0], [0]), b([1], [])], [b([0, 1], [0])])).toEqual({ strictRight: 0, laxRight: 1, total: 1 });
    expect(countRight([b([0, 1], [0])], [b([0], [0]), b([1], [])])).toEqual({ strictRight: 0, laxRight: 1, total: 2 });
  });

  it("sums counts over documents before dividing (micro-average)", () => {
    const perfect = { gold: [b([0], [0]), b([1], [1]), b([2], [2])], test: [b([0], [0]), b([1], [1]), b([2], [2])] };
    const wrong = { gold: [b([0], [0])], test: [b([0], [1])] };
    expect(scoreAlignment([perfect, wrong]).strict.precision).toBeCloseTo(3 / 4);
  });

  it("counts a repeated bead once and gives 0 rather than NaN when nothing is predicted", () => {
    expect(countRight([b([0], [0])], [b([0], [0]), b([0], [0])])).toEqual({ strictRight: 1, laxRight: 1, total: 1 });
    const none = scoreAlignment([{ gold: [b([0], [0])], test: [] }]);
    expect(none.strict).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

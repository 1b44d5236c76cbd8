import { describe, expect, it } from "vitest";
import { mostCovering } from "./most-covering";

describe("mostCovering", () => {
  it("sums each list's weight per id and returns the most covering first", () => {
    const lists = [
      { ids: "1,5,9", weight: 2 },
      { ids: "5,9,12", weight: 1 },
      { ids: "9", weight: 1 },
    ];
    expect(mostCovering(lists, 1, [], 10)).toEqual([
      { id: 9, held: 4 },
      { id: 5, held: 3 },
      { id: 1, held: 2 },
      { id: 12, held: 1 },
    ]);
  });

  it("drops ids below `needed` and excluded ids", () => {
    const lists = [
      { ids: "1,2,3", weight: 1 },
      { ids: "2,3", weight: 1 },
    ];
    expect(mostCovering(lists, 2, [3], 10)).toEqual([{ id: 2, held: 2 }]);
  });

  it("keeps at most `limit`, every id left out covering no more than the last returned", () => {
    const lists = [
      { ids: "1,2,3,4,5", weight: 1 },
      { ids: "1,2,3,4", weight: 1 },
      { ids: "1", weight: 1 },
    ];
    const best = mostCovering(lists, 1, [], 3);
    expect(best).toHaveLength(3);
    expect(best[0]).toEqual({ id: 1, held: 3 });
    expect(best.slice(1).every((b) => b.held === 2)).toBe(true);
  });

  it("counts ids past the size of its reused arrays and forgets them between calls", () => {
    const big = Array.from({ length: 40_000 }, (_, i) => i * 50 + 1);
    expect(
      mostCovering(
        [
          { ids: big.join(","), weight: 1 },
          { ids: "1999951", weight: 3 },
        ],
        4,
        [],
        5,
      ),
    ).toEqual([{ id: 1_999_951, held: 4 }]);
    expect(mostCovering([{ ids: "1999951", weight: 1 }], 1, [], 5)).toEqual([{ id: 1_999_951, held: 1 }]);
  });

  it("returns nothing for empty lists", () => {
    expect(mostCovering([{ ids: "", weight: 1 }], 1, [], 5)).toEqual([]);
  });
});

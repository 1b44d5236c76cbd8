import { describe, expect, it } from "vitest";
import { filterCounts, matchesFilter } from "./row-filter";

const segments = [
  { id: "a", status: "approved", alignScore: null },
  { id: "b", status: "rejected", alignScore: 0.4 },
  { id: "c", status: "translated", alignScore: 0.95 },
  { id: "d", status: "rejected", alignScore: null },
];
const withNotes = new Set(["b"]);

describe("row filters", () => {
  it("keeps one status, pairs with notes, or low-confidence pairs", () => {
    expect(segments.filter((s) => matchesFilter(s, "rejected", withNotes)).map((s) => s.id)).toEqual(["b", "d"]);
    expect(segments.filter((s) => matchesFilter(s, "withNotes", withNotes)).map((s) => s.id)).toEqual(["b"]);
    expect(segments.filter((s) => matchesFilter(s, "lowConfidence", withNotes)).map((s) => s.id)).toEqual(["b"]);
    expect(segments.filter((s) => matchesFilter(s, "all", withNotes))).toHaveLength(4);
  });

  it("offers only filters that keep something, with their counts", () => {
    expect(filterCounts(segments, withNotes)).toEqual([
      { filter: "all", count: 4 },
      { filter: "translated", count: 1 },
      { filter: "approved", count: 1 },
      { filter: "rejected", count: 2 },
      { filter: "withNotes", count: 1 },
      { filter: "lowConfidence", count: 1 },
    ]);
  });
});

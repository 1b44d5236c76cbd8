import { describe, expect, it } from "vitest";
import { highlightRuns } from "./highlight-runs";

describe("highlightRuns", () => {
  it("marks the spans and keeps the rest, losing no character", () => {
    const runs = highlightRuns("The company refuses.", [{ start: 4, end: 11 }]);
    expect(runs).toEqual([
      { text: "The ", marked: false },
      { text: "company", marked: true },
      { text: " refuses.", marked: false },
    ]);
    expect(runs.map((r) => r.text).join("")).toBe("The company refuses.");
  });

  it("merges overlapping spans, sorts them and ignores empty or outside ones", () => {
    expect(
      highlightRuns("abcdefgh", [
        { start: 5, end: 7 },
        { start: 1, end: 3 },
        { start: 2, end: 4 },
        { start: 9, end: 12 },
        { start: 6, end: 6 },
      ]),
    ).toEqual([
      { text: "a", marked: false },
      { text: "bcd", marked: true },
      { text: "e", marked: false },
      { text: "fg", marked: true },
      { text: "h", marked: false },
    ]);
    expect(highlightRuns("abc", [])).toEqual([{ text: "abc", marked: false }]);
    expect(highlightRuns("", [{ start: 0, end: 2 }])).toEqual([]);
  });
});

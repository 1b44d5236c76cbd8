import { describe, expect, it } from "vitest";
import { filterCounts, matchesFilter, segmentsWithNotes, type FilterableSegment } from "./row-filter";

const base = { version: 2, reviewedVersion: null, previousSourceText: null, trackedBaseText: null };

describe("the pre-translated filter", () => {
  it("keeps the rows that carry a memory mark, and only those", () => {
    const marked: FilterableSegment = { ...base, id: "p", status: "draft", alignScore: null, matchOrigin: "tm" };
    const plain: FilterableSegment = { ...base, id: "q", status: "draft", alignScore: null, matchOrigin: null };
    const none = { notes: new Set<string>(), comments: new Set<string>() };
    expect(matchesFilter(marked, "pretranslated", none)).toBe(true);
    expect(matchesFilter(plain, "pretranslated", none)).toBe(false);
    expect(filterCounts([marked, plain], none)).toContainEqual({ filter: "pretranslated", count: 1 });
  });
});
const segments: FilterableSegment[] = [
  { ...base, id: "a", status: "approved", alignScore: null, version: 4, reviewedVersion: 4 },
  { ...base, id: "b", status: "rejected", alignScore: 0.4, trackedBaseText: "translator's text" },
  { ...base, id: "c", status: "translated", alignScore: 0.95, version: 6, reviewedVersion: 5 },
  { ...base, id: "d", status: "draft", alignScore: null, previousSourceText: "Ancienne source." },
];
const marks = { notes: new Set(["b"]), comments: new Set(["c", "d"]) };
const kept = (filter: Parameters<typeof matchesFilter>[1]) => segments.filter((s) => matchesFilter(s, filter, marks)).map((s) => s.id);

describe("row filters", () => {
  it("keeps one status, pairs with notes or comments, or low-confidence pairs", () => {
    expect(kept("rejected")).toEqual(["b"]);
    expect(kept("withNotes")).toEqual(["b"]);
    expect(kept("withComments")).toEqual(["c", "d"]);
    expect(kept("lowConfidence")).toEqual(["b"]);
    expect(kept("all")).toHaveLength(4);
  });

  it("finds pairs changed since their review, with a changed source, or with a tracked change", () => {
    expect(kept("changedSinceReview")).toEqual(["c"]);
    expect(kept("sourceChanged")).toEqual(["d"]);
    expect(kept("trackedChange")).toEqual(["b"]);
  });

  it("offers only filters that keep something, with their counts", () => {
    expect(filterCounts(segments, marks)).toEqual([
      { filter: "all", count: 4 },
      { filter: "draft", count: 1 },
      { filter: "translated", count: 1 },
      { filter: "approved", count: 1 },
      { filter: "rejected", count: 1 },
      { filter: "withNotes", count: 1 },
      { filter: "withComments", count: 2 },
      { filter: "lowConfidence", count: 1 },
      { filter: "changedSinceReview", count: 1 },
      { filter: "sourceChanged", count: 1 },
      { filter: "trackedChange", count: 1 },
    ]);
  });
});

describe("segmentsWithNotes", () => {
  it("keeps segments with an anchored gloss or note, not orphans", () => {
    const annotations = [
      { segmentId: "a", status: "anchored", kind: "note" },
      { segmentId: "b", status: "anchored", kind: "gloss" },
      { segmentId: null, status: "orphaned", kind: "note" },
      { segmentId: "c", status: "orphaned", kind: "note" },
    ];
    expect([...segmentsWithNotes(annotations)].sort()).toEqual(["a", "b"]);
  });
});

describe("the QA filters", () => {
  const qa = new Map([
    ["a", new Set(["number", "date"] as const)],
    ["c", new Set(["number"] as const)],
  ]);
  const withQa = { ...marks, qa };
  it("keep the segments with unignored issues, of any check or of one", () => {
    const keptQa = (filter: Parameters<typeof matchesFilter>[1]) => segments.filter((s) => matchesFilter(s, filter, withQa)).map((s) => s.id);
    expect(keptQa("qa:all")).toEqual(["a", "c"]);
    expect(keptQa("qa:number")).toEqual(["a", "c"]);
    expect(keptQa("qa:date")).toEqual(["a"]);
    expect(keptQa("qa:spelling")).toEqual([]);
  });
  it("are offered with their counts only for checks that found something, and not before the report came", () => {
    const offered = filterCounts(segments, withQa).filter((entry) => entry.filter.startsWith("qa:"));
    expect(offered).toEqual([
      { filter: "qa:all", count: 2 },
      { filter: "qa:number", count: 2 },
      { filter: "qa:date", count: 1 },
    ]);
    expect(filterCounts(segments, marks).some((entry) => entry.filter.startsWith("qa:"))).toBe(false);
  });
});

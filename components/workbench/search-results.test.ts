import { describe, expect, it } from "vitest";
import { hitAtOrAfter, previewReplacements, replacementOfHit, searchSegments } from "./search-results";

const segments = [
  { id: "1", sourceText: "Le Pentagone menace.", targetText: "The Pentagon threatens.", version: 3 },
  { id: "2", sourceText: "Anthropic refuse.", targetText: "Anthropic refuses the Pentagon, the pentagon.", version: 2 },
  { id: "3", sourceText: "Rien.", targetText: "", version: 1 },
];

describe("searchSegments", () => {
  it("lists hits in document order within the chosen scope", () => {
    expect(searchSegments(segments, { query: "pentagon" }, "both").hits.map((h) => [h.segmentId, h.side])).toEqual([
      ["1", "source"],
      ["1", "target"],
      ["2", "target"],
      ["2", "target"],
    ]);
    expect(searchSegments(segments, { query: "pentagone" }, "source").hits).toHaveLength(1);
    expect(searchSegments(segments, { query: "pentagon", caseSensitive: true }, "target").hits).toHaveLength(1);
  });

  it("returns what is wrong with a broken expression instead of throwing", () => {
    expect(searchSegments(segments, { query: "[", regex: true }, "both").problem).toEqual({ kind: "regex", problem: "unclosedClass" });
  });
});

describe("previewReplacements", () => {
  it("changes targets only, once per segment, with the version it was computed from", () => {
    expect(previewReplacements(segments, { query: "pentagon" }, "DoD")).toEqual([
      { segmentId: "1", baseVersion: 3, before: "The Pentagon threatens.", targetText: "The DoD threatens." },
      { segmentId: "2", baseVersion: 2, before: "Anthropic refuses the Pentagon, the pentagon.", targetText: "Anthropic refuses the DoD, the DoD." },
    ]);
  });
});

describe("replace one at a time", () => {
  const options = { query: "pentagon" };
  const { hits } = searchSegments(segments, options, "both");

  it("replaces only the hit asked for, in a translation, never in the source", () => {
    expect(replacementOfHit(segments[1], hits[3], options, "DoD")).toEqual({
      segmentId: "2",
      baseVersion: 2,
      before: "Anthropic refuses the Pentagon, the pentagon.",
      targetText: "Anthropic refuses the Pentagon, the DoD.",
    });
    expect(replacementOfHit(segments[0], hits[0], options, "DoD")).toBeNull();
  });

  it("goes on from where the replaced hit was", () => {
    const order = new Map(segments.map((s, i) => [s.id, i]));
    const after = searchSegments([segments[0], { ...segments[1], targetText: "Anthropic refuses the DoD, the pentagon." }, segments[2]], options, "both").hits;
    expect(after[hitAtOrAfter(after, order, hits[2])]).toMatchObject({ segmentId: "2", side: "target" });
    expect(hitAtOrAfter(after, order, { segmentId: "3", side: "target", start: 0 })).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { previewReplacements, searchSegments } from "./search-results";

const segments = [
  { id: "1", sourceText: "Le Pentagone menace.", targetText: "The Pentagon threatens.", version: 3 },
  { id: "2", sourceText: "Anthropic refuse.", targetText: "Anthropic refuses the Pentagon, the pentagon.", version: 2 },
  { id: "3", sourceText: "Rien.", targetText: "", version: 1 },
];

describe("searchSegments", () => {
  it("lists hits in document order within the chosen scope", () => {
    expect(searchSegments(segments, { query: "pentagon" }, "both").hits.map((h) => [h.segmentId, h.side])).toEqual([["1", "source"], ["1", "target"], ["2", "target"], ["2", "target"]]);
    expect(searchSegments(segments, { query: "pentagone" }, "source").hits).toHaveLength(1);
    expect(searchSegments(segments, { query: "pentagon", caseSensitive: true }, "target").hits).toHaveLength(1);
  });

  it("returns the error of a broken expression instead of throwing", () => {
    expect(searchSegments(segments, { query: "[", regex: true }, "both").error).toMatch(/not valid/);
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

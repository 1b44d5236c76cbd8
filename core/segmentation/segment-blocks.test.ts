import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { segmentBlocks } from "./segment-blocks";

const blocks = [
  { kind: "heading" as const, level: 2, text: "Un titre. Sans point final" },
  { kind: "paragraph" as const, text: "M. Dupont arrive. Il pleut." },
];

describe("segmentBlocks", () => {
  it("keeps headings whole and cuts paragraphs into sentences, or keeps them whole when asked", () => {
    expect(segmentBlocks(blocks, "fr")).toEqual([["Un titre. Sans point final"], ["M. Dupont arrive.", "Il pleut."]]);
    expect(segmentBlocks(blocks, "fr", "paragraph")).toEqual([["Un titre. Sans point final"], ["M. Dupont arrive. Il pleut."]]);
  });

  it("allows exactly the limit and refuses the first segment past it, naming the reason", () => {
    expect(segmentBlocks(blocks, "fr", "sentence", 3).flat()).toHaveLength(3);
    let refusal: unknown;
    try {
      segmentBlocks(blocks, "fr", "sentence", 2);
    } catch (error) {
      refusal = error;
    }
    expect(isDomainError(refusal, "TOO_LARGE")).toBe(true);
    expect(refusal).toMatchObject({
      message: "This text makes more than 2 segments, the most one document can hold; split it into several documents.",
      details: { reason: "TOO_MANY_SEGMENTS", limit: 2 },
    });
  });
});

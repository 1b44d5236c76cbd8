import { describe, expect, it } from "vitest";
import { formatScore, matchTier, parseThreshold } from "./match-tier";

describe("matchTier", () => {
  it("names context and exact matches by their kind, fuzzies by their band", () => {
    expect(matchTier({ score: 101, kind: "context" })).toBe("context");
    expect(matchTier({ score: 100, kind: "exact" })).toBe("exact");
    expect(matchTier({ score: 99.5, kind: "fuzzy" })).toBe("high");
    expect(matchTier({ score: 95, kind: "fuzzy" })).toBe("high");
    expect(matchTier({ score: 94.9, kind: "fuzzy" })).toBe("medium");
    expect(matchTier({ score: 85, kind: "fuzzy" })).toBe("medium");
    expect(matchTier({ score: 70, kind: "fuzzy" })).toBe("low");
  });
});

describe("formatScore", () => {
  it("writes the percentage in the reader's language with a non-breaking space", () => {
    expect(formatScore(87.5, "en")).toBe("87.5\u00a0%");
    expect(formatScore(87.5, "fr")).toBe("87,5\u00a0%");
    expect(formatScore(101, "en")).toBe("101\u00a0%");
  });
});

describe("parseThreshold", () => {
  it("accepts only offered thresholds", () => {
    expect(parseThreshold("85", 70)).toBe(85);
    expect(parseThreshold("42", 70)).toBe(70);
    expect(parseThreshold("", 70)).toBe(70);
  });
});

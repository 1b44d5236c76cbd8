import { describe, expect, it } from "vitest";
import { diffStats, wordDiff } from "./word-diff";

describe("wordDiff", () => {
  it("marks replaced words, keeping equal runs and the exact text of both sides", () => {
    const before = "The Pentagon cites a supply risk.";
    const after = "The Pentagon cites a supply chain risk.";
    const parts = wordDiff(before, after);
    expect(parts.filter((p) => p.kind !== "equal")).toEqual([{ kind: "insert", text: "chain " }]);
    expect(
      parts
        .filter((p) => p.kind !== "insert")
        .map((p) => p.text)
        .join(""),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== "delete")
        .map((p) => p.text)
        .join(""),
    ).toBe(after);
  });

  it("works on words, not letters, and counts them", () => {
    const parts = wordDiff("Anthropic refused the deal.", "Anthropic rejected the offer.");
    expect(parts.filter((p) => p.kind === "delete").map((p) => p.text)).toEqual(["refused", "deal"]);
    expect(parts.filter((p) => p.kind === "insert").map((p) => p.text)).toEqual(["rejected", "offer"]);
    expect(diffStats(parts)).toEqual({ inserted: 2, deleted: 2 });
  });

  it("handles empty sides", () => {
    expect(wordDiff("", "New text")).toEqual([{ kind: "insert", text: "New text" }]);
    expect(wordDiff("Old", "")).toEqual([{ kind: "delete", text: "Old" }]);
    expect(wordDiff("", "")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { blockAt, syncedScrollTop, type Block } from "./synced-scroll";

const french: Block[] = [
  { key: "p1", start: 0, size: 100 },
  { key: "p2", start: 100, size: 300 },
  { key: "p3", start: 400, size: 200 },
];
const english: Block[] = [
  { key: "p1", start: 0, size: 80 },
  { key: "p2", start: 80, size: 200 },
  { key: "p3", start: 280, size: 150 },
];
const englishPane = { maxScroll: 230, blocks: english };

describe("synced scrolling", () => {
  it("finds the block at a scroll position", () => {
    expect(blockAt(french, 0)).toBe(0);
    expect(blockAt(french, 99)).toBe(0);
    expect(blockAt(french, 100)).toBe(1);
    expect(blockAt(french, 1000)).toBe(2);
    expect(blockAt([], 10)).toBe(-1);
  });

  it("puts the same paragraph at the top, as far through it", () => {
    // Half-way through the French p2 (100 + 150) → half-way through the English p2 (80 + 100).
    expect(syncedScrollTop({ scrollTop: 250, maxScroll: 400, blocks: french }, englishPane)).toBe(180);
    expect(syncedScrollTop({ scrollTop: 0, maxScroll: 400, blocks: french }, englishPane)).toBe(0);
  });

  it("keeps both panes at the end together and never scrolls past the end", () => {
    expect(syncedScrollTop({ scrollTop: 400, maxScroll: 400, blocks: french }, englishPane)).toBe(230);
    expect(syncedScrollTop({ scrollTop: 399, maxScroll: 400, blocks: french }, englishPane)).toBe(230);
    expect(syncedScrollTop({ scrollTop: 390, maxScroll: 500, blocks: french }, englishPane)).toBe(230);
  });

  it("falls back to the same proportion when the paragraph has no twin", () => {
    expect(syncedScrollTop({ scrollTop: 200, maxScroll: 400, blocks: french }, { maxScroll: 100, blocks: [] })).toBe(50);
  });
});

import { describe, expect, it } from "vitest";
import { addProgress, emptyProgress, progressOf, statusShares } from "./progress";

const segments = [
  { status: "new", sourceWords: 4 },
  { status: "draft", sourceWords: 6 },
  { status: "draft", sourceWords: 2 },
  { status: "translated", sourceWords: 5 },
  { status: "reviewed", sourceWords: 3 },
  { status: "approved", sourceWords: 10 },
  { status: "rejected", sourceWords: 7 },
];

describe("progress by status", () => {
  it("counts segments and source words in each status, and what is done", () => {
    const p = progressOf(segments);
    expect(p.byStatus).toEqual({
      new: { segments: 1, words: 4 },
      draft: { segments: 2, words: 8 },
      translated: { segments: 1, words: 5 },
      reviewed: { segments: 1, words: 3 },
      approved: { segments: 1, words: 10 },
      rejected: { segments: 1, words: 7 },
    });
    expect([p.segments, p.words, p.segmentsDone, p.wordsDone]).toEqual([7, 37, 3, 18]);
  });

  it("an unknown status counts as new, not done", () => {
    const p = progressOf([{ status: "weird", sourceWords: 3 }]);
    expect(p.byStatus.new).toEqual({ segments: 1, words: 3 });
    expect(p.segmentsDone).toBe(0);
  });

  it("confirming a draft moves its segment and words from draft to translated", () => {
    const before = progressOf(segments);
    const after = progressOf(segments.map((s, i) => (i === 1 ? { ...s, status: "translated" } : s)));
    expect(after.byStatus.draft).toEqual({ segments: before.byStatus.draft.segments - 1, words: before.byStatus.draft.words - 6 });
    expect(after.byStatus.translated).toEqual({ segments: before.byStatus.translated.segments + 1, words: before.byStatus.translated.words + 6 });
    expect(after.wordsDone - before.wordsDone).toBe(6);
  });

  it("adds documents into a project and moves server figures by local changes", () => {
    const a = progressOf(segments.slice(0, 3));
    const b = progressOf(segments.slice(3));
    expect(addProgress(a, b)).toEqual(progressOf(segments));
    // The server said `all`; this page loaded `b` and now has b with its reviewed segment approved.
    const now = progressOf(segments.slice(3).map((s) => (s.status === "reviewed" ? { ...s, status: "approved" } : s)));
    const moved = addProgress(progressOf(segments), now, b);
    expect(moved.byStatus.reviewed.segments).toBe(0);
    expect(moved.byStatus.approved).toEqual({ segments: 2, words: 13 });
    expect(moved.wordsDone).toBe(18);
  });

  it("shares of the words add up to 100, and to 0 for an empty text", () => {
    const shares = statusShares(progressOf(segments));
    expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBeCloseTo(100);
    expect(shares.approved).toBeCloseTo((10 / 37) * 100);
    expect(Object.values(statusShares(emptyProgress())).every((s) => s === 0)).toBe(true);
  });

  it("empty progresses are independent objects", () => {
    const one = emptyProgress();
    one.byStatus.new.segments = 5;
    expect(emptyProgress().byStatus.new.segments).toBe(0);
  });
});

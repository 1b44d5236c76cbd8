import { describe, expect, it } from "vitest";
import { openCommentMarks } from "./open-comment-marks";

const root = (segmentId: string | null, resolved: boolean, span: { start: number; end: number } | null, spanLost = false) => ({
  root: { segmentId, resolvedAt: resolved ? "2026-11-28T10:00:00Z" : null, span, spanLost },
});

describe("openCommentMarks", () => {
  it("counts open threads per segment and keeps the spans still found in the text", () => {
    expect(
      openCommentMarks([
        root("a", false, { start: 0, end: 3 }),
        root("a", false, null),
        root("a", true, { start: 4, end: 8 }),
        root("b", false, { start: 1, end: 2 }, true),
        root(null, false, null),
      ]),
    ).toEqual({
      counts: { a: 2, b: 1 },
      spans: { a: [{ start: 0, end: 3 }] },
    });
  });
});

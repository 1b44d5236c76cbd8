import { describe, expect, it } from "vitest";
import { describeRevision, type RevisionFacts } from "./describe-revision";

const rev = (version: number, targetText: string, status: string, more: Partial<RevisionFacts> = {}): RevisionFacts => ({
  version,
  targetText,
  status,
  sourceText: null,
  batchId: null,
  ...more,
});

describe("describeRevision", () => {
  it("version 1 is the segment's creation", () => {
    expect(describeRevision(rev(1, "", "new"), null)).toEqual({ kind: "created", fromStatus: null, toStatus: "new", textChanged: false });
    expect(describeRevision(rev(1, "Hello.", "draft", { sourceText: "Bonjour." }), null)).toMatchObject({ kind: "created", textChanged: true });
  });

  it("a text edit, with the status move it brought", () => {
    expect(describeRevision(rev(3, "The offer was refused.", "draft"), rev(2, "The offer refused.", "draft"))).toEqual({
      kind: "translated-text",
      fromStatus: "draft",
      toStatus: "draft",
      textChanged: true,
    });
    expect(describeRevision(rev(3, "Done.", "translated"), rev(2, "Don.", "draft"))).toEqual({
      kind: "translated-text",
      fromStatus: "draft",
      toStatus: "translated",
      textChanged: true,
    });
  });

  it("a first save with no recorded predecessor starts from an empty target", () => {
    expect(describeRevision(rev(2, "Hello.", "draft"), null)).toEqual({ kind: "translated-text", fromStatus: null, toStatus: "draft", textChanged: true });
  });

  it("a status change alone", () => {
    expect(describeRevision(rev(4, "Same.", "approved"), rev(3, "Same.", "translated"))).toEqual({
      kind: "status",
      fromStatus: "translated",
      toStatus: "approved",
      textChanged: false,
    });
  });

  it("a batch revision is a replacement, whatever else changed", () => {
    expect(describeRevision(rev(5, "colour", "draft", { batchId: "b1" }), rev(4, "color", "draft"))).toEqual({
      kind: "replaced",
      fromStatus: "draft",
      toStatus: "draft",
      textChanged: true,
    });
  });

  it("a recorded source that differs from the last known one is a source change", () => {
    expect(describeRevision(rev(3, "A. B.", "draft", { sourceText: "A. B." }), rev(2, "A.", "draft", { sourceText: "A." }))).toMatchObject({
      kind: "source-changed",
      textChanged: true,
    });
    expect(describeRevision(rev(3, "A.", "draft", { sourceText: "Un." }), rev(2, "A.", "draft"))).toMatchObject({ kind: "source-changed", textChanged: false });
    expect(describeRevision(rev(3, "A.", "draft", { sourceText: "Un." }), rev(2, "A.", "draft"), { previousSourceText: "Un." })).toMatchObject({
      kind: "status",
    });
    expect(describeRevision(rev(3, "B.", "draft", { sourceText: "Un." }), rev(2, "A.", "draft", { sourceText: "Un." }))).toMatchObject({
      kind: "translated-text",
    });
  });

  it("a text coming back to an older revision's is a restore", () => {
    const previous = rev(3, "Turned down.", "approved");
    expect(describeRevision(rev(4, "Refused.", "draft"), previous, { earlierTargetTexts: ["Refused."] })).toEqual({
      kind: "restored",
      fromStatus: "approved",
      toStatus: "draft",
      textChanged: true,
    });
    expect(describeRevision(rev(4, "Refused!", "draft"), previous, { earlierTargetTexts: ["Refused."] })).toMatchObject({ kind: "translated-text" });
    expect(describeRevision(rev(4, "", "new"), previous, { earlierTargetTexts: [""] })).toMatchObject({ kind: "translated-text" });
  });
});

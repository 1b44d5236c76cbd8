import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { SEGMENT_STATUSES, type BilingualSegment, type SegmentStatus } from "../model/document";
import { DONE_STATUSES } from "../model/progress";
import {
  englishBlocks,
  englishFrontMatter,
  englishPiece,
  isMissingTranslation,
  pieceText,
  translationGaps,
  untranslatedMessage,
  type EnglishTextOptions,
} from "./english-text";
import { sampleDocument } from "./test-fixtures";

const segment = (source: string, target: string, status: SegmentStatus = "translated"): BilingualSegment => ({ source, target, status });
const MARK: EnglishTextOptions = { missing: "mark", drafts: "keep" };

describe("englishPiece", () => {
  it("puts a marker in place of a missing translation by default", () => {
    expect(englishPiece(segment("Il pleut.", "", "new"), MARK)).toEqual({ marker: "[untranslated]", text: "", language: "target" });
  });

  it("puts the French source in its place with `source`, marked as source language", () => {
    expect(englishPiece(segment("Il pleut.\nFort.", "  ", "new"), { missing: "source", drafts: "keep" })).toEqual({
      text: "Il pleut. Fort.",
      language: "source",
    });
  });

  it("counts a confirmed status with an empty target as missing (no text is no translation)", () => {
    expect(englishPiece(segment("Il pleut.", "", "approved"), MARK)?.marker).toBe("[untranslated]");
  });

  it("gives nothing for a segment with neither source nor target", () => {
    expect(englishPiece(segment(" ", "", "new"), MARK)).toBeNull();
  });

  it("keeps a translation with no source (an English sentence aligned with nothing)", () => {
    expect(englishPiece(segment("", "Extra.", "draft"), MARK)).toEqual({ text: "Extra.", language: "target" });
  });

  it.each(SEGMENT_STATUSES)("with drafts: mark, flags a %s translation exactly when it is not confirmed", (status) => {
    const piece = englishPiece(segment("Il pleut.", "It rains.", status), { missing: "mark", drafts: "mark" });
    expect(piece?.marker).toBe(DONE_STATUSES.includes(status) ? undefined : "[draft]");
    expect(piece?.text).toBe("It rains.");
  });

  it("keeps drafts unflagged by default", () => {
    expect(englishPiece(segment("Il pleut.", "It rains.", "draft"), MARK)).toEqual({ text: "It rains.", language: "target" });
  });
});

describe("pieceText", () => {
  it("writes a lone marker, a marker before text, or the text, escaping only the text", () => {
    const shout = (text: string) => text.toUpperCase();
    expect(pieceText({ marker: "[untranslated]", text: "", language: "target" }, shout)).toBe("[untranslated]");
    expect(pieceText({ marker: "[draft]", text: "it rains.", language: "target" }, shout)).toBe("[draft] IT RAINS.");
    expect(pieceText({ text: "it rains.", language: "target" })).toBe("it rains.");
  });
});

describe("translationGaps and the refusal", () => {
  it("counts segments with French and no English, of all segments with any text", () => {
    expect(translationGaps([segment("a", ""), segment("b", "B"), segment("", ""), segment("c", " "), segment("", "D")])).toEqual({ missing: 2, total: 4 });
    expect(isMissingTranslation("a", "\n")).toBe(true);
    expect(isMissingTranslation("", "")).toBe(false);
  });

  it.each([
    [3, 18, "3 of 18 segments are not translated yet."],
    [1, 18, "1 of 18 segments is not translated yet."],
    [1, 1, "1 of 1 segment is not translated yet."],
  ])("words %i of %i", (missing, total, message) => {
    expect(untranslatedMessage(missing, total)).toBe(message);
  });

  it("refuses a document with gaps under `fail` with one coded error, and lets a complete one through", () => {
    const doc = sampleDocument();
    const error = (() => {
      try {
        englishBlocks(doc, { missing: "fail", drafts: "keep" });
      } catch (e) {
        return e;
      }
    })();
    expect(isDomainError(error, "INCOMPLETE_TRANSLATION")).toBe(true);
    expect((error as Error).message).toBe("2 of 6 segments are not translated yet.");
    const complete = { ...doc, blocks: doc.blocks.map((b) => ({ ...b, segments: b.segments.map((s) => ({ ...s, target: s.target.trim() || "Done." })) })) };
    expect(englishBlocks(complete, { missing: "fail", drafts: "keep" })).toHaveLength(4);
  });
});

describe("englishBlocks", () => {
  it("keeps every block and every segment, in order, with the block's kind and level", () => {
    const blocks = englishBlocks(sampleDocument(), MARK);
    expect(blocks.map((b) => [b.kind, b.level, b.pieces.map((p) => pieceText(p))])).toEqual([
      ["heading", 2, ["Anthropic’s decisions"]],
      ["paragraph", undefined, ["Donald Trump ordered.", "[untranslated]", "The Pentagon demands."]],
      ["paragraph", undefined, ["[untranslated]"]],
      ["heading", 3, ["Support"]],
    ]);
  });
});

describe("englishFrontMatter", () => {
  it("gives the title on one line and the date line when there is a date", () => {
    expect(englishFrontMatter({ title: "Anthropic\net le Pentagone ", date: "2026-02-28" })).toEqual({
      title: "Anthropic et le Pentagone",
      dateLine: "Date 2026-02-28",
    });
    expect(englishFrontMatter({ title: "Sans date" })).toEqual({ title: "Sans date" });
  });
});

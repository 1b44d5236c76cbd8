// @vitest-environment happy-dom
import type { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { highlightsOf, selectionOffsets, sourceDoc, type SourceHighlight } from "./source-doc";
import { makeSourceEditor } from "./test-source-editor";

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const TEXT = "La chaîne d’approvisionnement 🌍 reste fragile.";
const at = (word: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });

describe("sourceDoc / highlightsOf", () => {
  it("round-trips overlapping and nested highlights through the editor", () => {
    const highlights: SourceHighlight[] = [
      { type: "term", ...at("chaîne d’approvisionnement"), entryId: "e1", equivalent: "supply chain" },
      { type: "term", ...at("fragile"), entryId: "e2", equivalent: "fragile" },
      { type: "gloss", ...at("chaîne"), annotationId: "g1", entryId: "e1" },
      { type: "annotation", ...at("approvisionnement 🌍 reste"), annotationId: "n1" },
      { type: "annotation", ...at("🌍 reste fragile."), annotationId: "n2" },
      { type: "annotation", ...at("🌍"), annotationId: "n3" },
    ];
    editor = makeSourceEditor(sourceDoc(TEXT, highlights));
    expect(editor.getText()).toBe(TEXT);
    const sorted = [...highlights].sort((a, b) => a.start - b.start || a.end - b.end);
    expect(highlightsOf(editor.state.doc)).toEqual(sorted);
  });

  it("cuts text nodes at every boundary, each carrying all covering marks", () => {
    const doc = sourceDoc("abcdef", [
      { type: "annotation", start: 0, end: 4, annotationId: "n1" },
      { type: "annotation", start: 2, end: 6, annotationId: "n2" },
    ]);
    const pieces = doc.content?.[0].content?.map((node) => [node.text, node.marks?.map((mark) => mark.attrs?.annotationId) ?? []]);
    expect(pieces).toEqual([
      ["ab", ["n1"]],
      ["cd", ["n1", "n2"]],
      ["ef", ["n2"]],
    ]);
  });

  it("clamps ranges and drops empty ones", () => {
    const doc = sourceDoc("abc", [
      { type: "annotation", start: -5, end: 2, annotationId: "n1" },
      { type: "annotation", start: 2, end: 99, annotationId: "n2" },
      { type: "annotation", start: 2, end: 2, annotationId: "empty" },
      { type: "annotation", start: 7, end: 9, annotationId: "outside" },
    ]);
    editor = makeSourceEditor(doc);
    expect(highlightsOf(editor.state.doc)).toEqual([
      { type: "annotation", start: 0, end: 2, annotationId: "n1" },
      { type: "annotation", start: 2, end: 3, annotationId: "n2" },
    ]);
  });

  it("empty text is a doc with an empty paragraph", () => {
    expect(sourceDoc("", [{ type: "annotation", start: 0, end: 3, annotationId: "n1" }])).toEqual({
      type: "doc",
      content: [{ type: "paragraph", content: [] }],
    });
  });

  it("keeps two separate occurrences of the same mark apart", () => {
    editor = makeSourceEditor(
      sourceDoc("ab ab", [
        { type: "term", start: 0, end: 2, entryId: "e", equivalent: "x" },
        { type: "term", start: 3, end: 5, entryId: "e", equivalent: "x" },
      ]),
    );
    expect(highlightsOf(editor.state.doc).map((h) => [h.start, h.end])).toEqual([
      [0, 2],
      [3, 5],
    ]);
  });
});

describe("selectionOffsets", () => {
  it("maps doc positions to text offsets, null when the selection is empty", () => {
    editor = makeSourceEditor(sourceDoc("Le risque", []));
    editor.commands.setTextSelection(3);
    expect(selectionOffsets(editor)).toBeNull();
    editor.commands.setTextSelection({ from: 4, to: 10 });
    expect(selectionOffsets(editor)).toEqual({ start: 3, end: 9 });
    editor.commands.selectAll();
    expect(selectionOffsets(editor)).toEqual({ start: 0, end: 9 });
  });
});

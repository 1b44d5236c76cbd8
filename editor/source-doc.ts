import type { Editor, JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";

/** A highlighted range of a segment's source, in UTF-16 offsets of its text (end exclusive). */
export type SourceHighlight =
  | { type: "term"; start: number; end: number; entryId: string; equivalent: string }
  | { type: "gloss"; start: number; end: number; annotationId: string; entryId: string }
  | { type: "annotation"; start: number; end: number; annotationId: string };

const HIGHLIGHT_TYPES = new Set(["term", "gloss", "annotation"]);

function attrsOf(highlight: SourceHighlight): Record<string, string> {
  switch (highlight.type) {
    case "term":
      return { entryId: highlight.entryId, equivalent: highlight.equivalent };
    case "gloss":
      return { annotationId: highlight.annotationId, entryId: highlight.entryId };
    case "annotation":
      return { annotationId: highlight.annotationId };
  }
}

/**
 * The source editor's document: the text in one paragraph, cut at every highlight boundary so each
 * piece carries the marks of all the highlights covering it. The text is kept verbatim (no line
 * flattening) because highlight offsets index into it; ProseMirror positions count UTF-16 units too.
 */
export function sourceDoc(text: string, highlights: SourceHighlight[]): JSONContent {
  const clamp = (n: number) => Math.min(text.length, Math.max(0, Math.trunc(n)));
  const ranges = highlights
    .map((highlight) => ({ highlight, start: clamp(highlight.start), end: clamp(highlight.end) }))
    .filter((range) => range.start < range.end);
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((range) => [range.start, range.end])])].sort((a, b) => a - b);

  const content: JSONContent[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const marks = ranges
      .filter((range) => range.start <= from && range.end >= to)
      .map((range) => ({ type: range.highlight.type, attrs: attrsOf(range.highlight) }));
    content.push(marks.length ? { type: "text", text: text.slice(from, to), marks } : { type: "text", text: text.slice(from, to) });
  }
  return { type: "doc", content: [{ type: "paragraph", content }] };
}

/**
 * The highlights of a source document, the inverse of `sourceDoc`: adjacent text nodes carrying an
 * equal mark (same type and attributes) make one range. Ranges come out ordered by start.
 */
export function highlightsOf(doc: ProseMirrorNode): SourceHighlight[] {
  const result: SourceHighlight[] = [];
  // The range each mark (type + attributes) currently extends, to grow it over the next node.
  const open = new Map<string, SourceHighlight>();
  doc.descendants((node, pos) => {
    if (!node.isText) return;
    const start = pos - 1; // one paragraph: position 1 is offset 0
    const end = start + node.nodeSize;
    for (const mark of node.marks) {
      if (!HIGHLIGHT_TYPES.has(mark.type.name)) continue;
      const key = JSON.stringify([mark.type.name, mark.attrs]);
      const previous = open.get(key);
      if (previous && previous.end === start) {
        previous.end = end;
        continue;
      }
      const highlight = { type: mark.type.name, start, end, ...mark.attrs } as SourceHighlight;
      result.push(highlight);
      open.set(key, highlight);
    }
  });
  return result.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The selection as offsets into the source text, or null when nothing is selected. */
export function selectionOffsets(editor: Pick<Editor, "state">): { start: number; end: number } | null {
  const { from, to, empty } = editor.state.selection;
  if (empty) return null;
  // Clamped because a select-all selection starts at 0 and ends after the paragraph.
  const length = editor.state.doc.firstChild?.content.size ?? 0;
  const start = Math.min(length, Math.max(0, from - 1));
  const end = Math.min(length, Math.max(0, to - 1));
  return start < end ? { start, end } : null;
}

"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useRef } from "react";
import { ALLOW_CONTENT_CHANGE } from "@/editor/read-only-text";
import { selectionOffsets, sourceDoc, type SourceHighlight } from "@/editor/source-doc";
import { sourceEditorExtensions } from "@/editor/source-editor-extensions";

/** A highlight under the caret or the pointer: which mark, and the id it points to. */
export interface MarkRef {
  type: "term" | "gloss" | "annotation";
  id: string;
}

export interface SourceEditorHandlers {
  onGloss: (range: { start: number; end: number }) => void;
  onAnnotate: (range: { start: number; end: number }) => void;
  /** The selected range, or null when the selection is collapsed or leaves this editor. */
  onSelect: (range: { start: number; end: number } | null) => void;
  /** The marks under a collapsed caret (keyboard users reach term cards this way). */
  onCaretMarks: (marks: MarkRef[]) => void;
}

function refOf(type: string, attrs: Record<string, unknown>): MarkRef | null {
  if (type === "term") return { type, id: String(attrs.entryId) };
  if (type === "gloss" || type === "annotation") return { type, id: String(attrs.annotationId) };
  return null;
}

/**
 * A segment's French source in a Tiptap editor: the text cannot change (editor/read-only-text.ts),
 * but the user selects in it to gloss and annotate, and the highlights are marks.
 */
export function SourceEditor({ text, highlights, label, handlers }: { text: string; highlights: SourceHighlight[]; label: string; handlers: SourceEditorHandlers }) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  /* eslint-disable react-hooks/refs -- read only inside editor callbacks, after render */
  const editor = useEditor({
    extensions: sourceEditorExtensions({
      onGloss: (range) => (latest.current.onGloss(range), true),
      onAnnotate: (range) => (latest.current.onAnnotate(range), true),
    }),
    content: sourceDoc(text, highlights),
    // Rows only ever render in the browser (the virtual list has no size on the server).
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { "aria-label": label, "aria-readonly": "true", lang: "fr", spellcheck: "false", class: "source-editor", "data-testid": "source-editor", translate: "no" },
    },
    onSelectionUpdate: ({ editor: current }) => {
      const range = selectionOffsets(current);
      latest.current.onSelect(range);
      if (!range) {
        const marks = current.state.selection.$from.marks();
        latest.current.onCaretMarks(marks.map((m) => refOf(m.type.name, m.attrs)).filter((m): m is MarkRef => m !== null));
      }
    },
    onBlur: () => latest.current.onCaretMarks([]),
  });
  /* eslint-enable react-hooks/refs */

  // New terms or annotations: replace the marks (the text itself is the same).
  const key = JSON.stringify(highlights);
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.chain().setMeta(ALLOW_CONTENT_CHANGE, true).setMeta("addToHistory", false).setContent(sourceDoc(text, highlights), { emitUpdate: false }).run();
    // highlights is represented by key
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, key, text]);

  return <EditorContent editor={editor} className="source-editor-host" />;
}

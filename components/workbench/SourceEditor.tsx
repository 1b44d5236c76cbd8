"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { memo, useEffect, useMemo, useRef, useState } from "react";
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
export const SourceEditor = memo(function SourceEditor({
  text,
  highlights,
  label,
  handlers,
}: {
  text: string;
  highlights: SourceHighlight[];
  label: string;
  handlers: SourceEditorHandlers;
}) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  // Tiptap compares these options on every render and, when they differ, resets the view's props,
  // which writes ProseMirror's selection back to the DOM and can undo a caret move it has not read
  // yet. So they are created once (content changes go through setContent below).

  const [extensions] = useState(() =>
    sourceEditorExtensions({
      onGloss: (range) => (latest.current.onGloss(range), true),
      onAnnotate: (range) => (latest.current.onAnnotate(range), true),
    }),
  );

  const [content] = useState(() => sourceDoc(text, highlights));
  const editorProps = useMemo(
    () => ({
      attributes: {
        "aria-label": label,
        "aria-readonly": "true",
        lang: "fr",
        spellcheck: "false",
        class: "source-editor",
        "data-testid": "source-editor",
        translate: "no",
      },
    }),
    [label],
  );

  const editor = useEditor({
    extensions,
    content,
    // Rows only ever render in the browser (the virtual list has no size on the server).
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps,
    onSelectionUpdate: ({ editor: current }) => {
      const range = selectionOffsets(current);
      latest.current.onSelect(range);
      if (!range) {
        const marks = current.state.selection.$from.marks();
        latest.current.onCaretMarks(marks.map((m) => refOf(m.type.name, m.attrs)).filter((m): m is MarkRef => m !== null));
      }
    },
  });

  // New terms or annotations: replace the marks (the text itself is the same).
  const key = JSON.stringify(highlights);
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    // Same text, new marks: keep the user's caret or selection where it was.
    const { from, to } = editor.state.selection;
    editor
      .chain()
      .setMeta(ALLOW_CONTENT_CHANGE, true)
      .setMeta("addToHistory", false)
      .setContent(sourceDoc(text, highlights), { emitUpdate: false })
      .setTextSelection({ from: Math.min(from, text.length + 1), to: Math.min(to, text.length + 1) })
      .run();
    // highlights is represented by key
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, key, text]);

  return <EditorContent editor={editor} className="source-editor-host" />;
});

"use client";

import type { Editor } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useMemo, useRef, useState } from "react";
import { flattenPastedText, textToDoc } from "@/editor/plain-text";
import { targetEditorExtensions } from "@/editor/target-editor-extensions";
import type { ReviewVerdict, StructureCommand } from "@/editor/segment-keymap";
import type { Typeahead } from "./typeahead";

export interface TargetEditorHandlers {
  onChange: (text: string) => void;
  onConfirm: (text: string) => void;
  onPrevious: () => void;
  onNext: () => void;
  onLeave: () => void;
  /** A structural edit; `targetCursor` is the caret's offset in the target text. */
  onStructure: (command: StructureCommand, targetCursor: number) => void;
  /** Alt+n: the n-th glossary equivalent offered for this segment, if there is one. */
  equivalent: (n: number) => string | undefined;
  /** Alt+A / Alt+R: approve or reject the segment with the current text; false when not allowed. */
  onReview: (verdict: ReviewVerdict, text: string) => boolean;
  /**
   * The mounted editor, for inserting from outside (the terms panel, QA fixes and underlines), and
   * its unmounting. Unregistering names the editor: Tiptap destroys an editor a moment after its row
   * unmounts, when the next row's editor is already registered, and that must not clear it.
   */
  register: (editor: Editor) => void;
  unregister: (editor: Editor) => void;
}

/** The Tiptap editor of the active segment's English target (one mounted at a time). */
interface TargetEditorProps {
  initialText: string;
  /** Holds what was typed on the row before the editor existed; inserted (and so saved) once it mounts. */
  typeahead: Typeahead;
  label: string;
  handlers: TargetEditorHandlers;
  /** Focus the editor when it opens (the grid); review mode leaves the keys to navigation until asked. */
  autofocus?: boolean;
}

export function TargetEditor({ initialText, typeahead, label, handlers, autofocus = true }: TargetEditorProps) {
  // Handlers change on every render; the editor keeps calling the latest ones through this ref.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  // Created once: Tiptap resets the view's props whenever these options differ between renders,
  // which writes ProseMirror's selection back to the DOM and can undo a caret move not yet read.
  // The ref is read only inside key handlers and onUpdate, which run after render.
  /* eslint-disable react-hooks/refs */
  const [extensions] = useState(() =>
    targetEditorExtensions({
      onConfirm: (current) => (latest.current.onConfirm(current.getText()), true),
      onPrevious: () => (latest.current.onPrevious(), true),
      onNext: () => (latest.current.onNext(), true),
      onLeave: () => (latest.current.onLeave(), true),
      // One paragraph: document position 1 is text offset 0.
      onStructure: (current, command) => (latest.current.onStructure(command, current.state.selection.from - 1), true),
      onReview: (current, verdict) => latest.current.onReview(verdict, current.getText()),
      onInsertTerm: (current, n) => {
        const text = latest.current.equivalent(n);
        return text ? current.chain().insertContent(text).run() : false;
      },
    }),
  );
  const [content] = useState(() => textToDoc(initialText));
  const editorProps = useMemo(
    () => ({
      attributes: { "aria-label": label, lang: "en", spellcheck: "true", class: "target-editor", "data-testid": "target-editor" },
      transformPastedText: flattenPastedText,
    }),
    [label],
  );
  const editor = useEditor({
    extensions,
    content,
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    autofocus: autofocus ? "end" : false,
    editorProps,
    // Keys typed before the editor had focus are inserted in order; capture stops once it has focus.
    onCreate: ({ editor: created }) => {
      const typed = created.isFocused ? typeahead.take() : typeahead.drain();
      if (typed) created.chain().focus("end").insertContent(typed).run();
    },
    onFocus: ({ editor: focused }) => {
      const typed = typeahead.take();
      if (typed) focused.chain().focus("end").insertContent(typed).run();
    },
    onUpdate: ({ editor: current }) => latest.current.onChange(current.getText()),
  });
  useEffect(() => {
    if (!editor) return;
    latest.current.register(editor);
    return () => latest.current.unregister(editor);
  }, [editor]);
  /* eslint-enable react-hooks/refs */

  return <EditorContent editor={editor} className="target-editor-host" />;
}

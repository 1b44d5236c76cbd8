import { Extension } from "@tiptap/core";
import Paragraph from "@tiptap/extension-paragraph";
import Text from "@tiptap/extension-text";
import { AnnotationMark } from "./marks/annotation-mark";
import { GlossMark } from "./marks/gloss-mark";
import { TermMark } from "./marks/term-mark";
import { ReadOnlyText } from "./read-only-text";
import { SingleParagraphDocument } from "./single-paragraph-document";
import { selectionOffsets } from "./source-doc";

export interface SourceRange {
  start: number;
  end: number;
}

export interface SourceEditorHandlers {
  /** Alt+G: gloss the selected source range. Return true when handled. */
  onGloss: (range: SourceRange) => boolean;
  /** Alt+N: annotate the selected source range. Return true when handled. */
  onAnnotate: (range: SourceRange) => boolean;
  /** Esc: leave the source editor. */
  onLeave?: () => boolean;
}

/**
 * The source editor's keys. Gloss and annotate need a selection: with none, the key is left
 * unhandled. Letters are bound by name; on macOS, where Alt+G types "©", ProseMirror's keymap falls
 * back to the physical key.
 */
const SourceKeymap = Extension.create<SourceEditorHandlers>({
  name: "sourceKeymap",

  addOptions() {
    return { onGloss: () => false, onAnnotate: () => false, onLeave: undefined };
  },

  addKeyboardShortcuts() {
    const withRange = (handler: (range: SourceRange) => boolean) => () => {
      const range = selectionOffsets(this.editor);
      return range ? handler(range) : false;
    };
    return {
      "Alt-g": withRange((range) => this.options.onGloss(range)),
      "Alt-n": withRange((range) => this.options.onAnnotate(range)),
      Escape: () => this.options.onLeave?.() ?? false,
    };
  },
});

/** The extensions of a segment's source editor (shared by the app and the headless tests). */
export function sourceEditorExtensions(handlers: SourceEditorHandlers) {
  return [SingleParagraphDocument, Paragraph, Text, TermMark, GlossMark, AnnotationMark, ReadOnlyText, SourceKeymap.configure(handlers)];
}

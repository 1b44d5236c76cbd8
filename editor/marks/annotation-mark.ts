import { Mark, mergeAttributes } from "@tiptap/core";
import { addMarkToSelection, dataAttribute, removeMarksWithId } from "./id-marks";

export interface AnnotationMarkOptions {
  /** Extra HTML attributes on the rendered span. */
  HTMLAttributes: Record<string, unknown>;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    annotation: {
      /** Attaches the note with this id to the selection. */
      setAnnotation: (attributes: { annotationId: string }) => ReturnType;
      /** Removes the note with this id, wherever it is; other notes stay. */
      unsetAnnotation: (annotationId: string) => ReturnType;
    };
  }
}

/**
 * A free note on any span of the source. Notes may overlap and nest: with `excludes: ""` two
 * annotation marks with different ids coexist on the same text instead of replacing each other.
 */
export const AnnotationMark = Mark.create<AnnotationMarkOptions>({
  name: "annotation",
  // A note is data, not formatting: "clear formatting" (unsetAllMarks) leaves it.
  clearable: false,
  inclusive: false,
  excludes: "",

  addOptions() {
    return { HTMLAttributes: {} };
  },

  addAttributes() {
    return {
      annotationId: dataAttribute("annotationId", "data-annotation-id"),
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-type="annotation"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["span", mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { "data-type": "annotation", class: "annotation-hl" }), 0];
  },

  addCommands() {
    return {
      setAnnotation:
        ({ annotationId }) =>
        ({ tr, dispatch }) =>
          addMarkToSelection(tr, this.type, { annotationId }, Boolean(dispatch)),
      unsetAnnotation:
        (annotationId) =>
        ({ tr, dispatch }) =>
          removeMarksWithId(tr, this.type, annotationId, Boolean(dispatch)),
    };
  },
});

import { Mark, mergeAttributes } from "@tiptap/core";
import { addMarkToSelection, dataAttribute, removeMarksWithId } from "./id-marks";

export interface GlossMarkOptions {
  /** Extra HTML attributes on the rendered span. */
  HTMLAttributes: Record<string, unknown>;
}

export interface GlossAttributes {
  annotationId: string;
  entryId: string;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    gloss: {
      /** Marks the selection as glossed by a stored annotation. */
      setGloss: (attributes: GlossAttributes) => ReturnType;
      /** Removes the gloss with this annotation id, wherever it is; other glosses stay. */
      unsetGloss: (annotationId: string) => ReturnType;
    };
  }
}

/**
 * A stored gloss: the user tied a span of the source to a glossary entry. Glosses may nest or
 * overlap (a glossed phrase containing a glossed word), so the type does not exclude itself.
 */
export const GlossMark = Mark.create<GlossMarkOptions>({
  name: "gloss",
  // A gloss is data, not formatting: "clear formatting" (unsetAllMarks) leaves it.
  clearable: false,
  inclusive: false,
  excludes: "",

  addOptions() {
    return { HTMLAttributes: {} };
  },

  addAttributes() {
    return {
      annotationId: dataAttribute("annotationId", "data-annotation-id"),
      entryId: dataAttribute("entryId", "data-entry-id"),
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-type="gloss"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["span", mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { "data-type": "gloss", class: "gloss-hl" }), 0];
  },

  addCommands() {
    return {
      setGloss:
        (attributes) =>
        ({ tr, dispatch }) =>
          addMarkToSelection(tr, this.type, { ...attributes }, Boolean(dispatch)),
      unsetGloss:
        (annotationId) =>
        ({ tr, dispatch }) =>
          removeMarksWithId(tr, this.type, annotationId, Boolean(dispatch)),
    };
  },
});

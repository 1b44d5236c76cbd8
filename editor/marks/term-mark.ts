import { Mark, mergeAttributes } from "@tiptap/core";
import { dataAttribute } from "./id-marks";

export interface TermMarkOptions {
  /** Extra HTML attributes on the rendered span. */
  HTMLAttributes: Record<string, unknown>;
}

export interface TermAttributes {
  entryId: string;
  /** The glossary's preferred English equivalent, shown on hover. */
  equivalent: string;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    term: {
      /** Marks the selection as an occurrence of a glossary entry. */
      setTerm: (attributes: TermAttributes) => ReturnType;
      /** Removes the term mark from the selection (or from the term under the cursor). */
      unsetTerm: () => ReturnType;
    };
  }
}

/**
 * A recognised glossary term in the source. Computed from the glossary on each load, never stored.
 * Terms never overlap each other, so the mark keeps ProseMirror's default of excluding itself
 * (a new term over an old one replaces it); it coexists with gloss and annotation marks.
 */
export const TermMark = Mark.create<TermMarkOptions>({
  name: "term",
  // "Clear formatting" (unsetAllMarks) must not erase what the glossary found.
  clearable: false,
  // The source text is read-only, but a mark must never grow onto neighbouring text either.
  inclusive: false,

  addOptions() {
    return { HTMLAttributes: {} };
  },

  addAttributes() {
    return {
      entryId: dataAttribute("entryId", "data-entry-id"),
      equivalent: dataAttribute("equivalent", "data-equivalent"),
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-type="term"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    // data-type and the class come last so options cannot rename what CSS and e2e tests select.
    return ["span", mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { "data-type": "term", class: "term-hl" }), 0];
  },

  addCommands() {
    return {
      setTerm:
        (attributes) =>
        ({ commands }) =>
          commands.setMark(this.name, attributes),
      unsetTerm:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true }),
    };
  },
});

import type { MarkType } from "@tiptap/pm/model";
import type { Transaction } from "@tiptap/pm/state";

/**
 * Removes, anywhere in the document, the marks of `type` whose `annotationId` is `annotationId`.
 * Gloss and annotation marks may overlap (excludes: ""), so removing by type would also drop their
 * neighbours: each exact Mark instance is removed instead. Returns whether any was found; `apply`
 * is false when Tiptap only asks whether the command can run.
 */
export function removeMarksWithId(tr: Transaction, type: MarkType, annotationId: string, apply: boolean): boolean {
  let found = false;
  // tr.doc, not state.doc: inside a chain earlier commands may already have changed the document.
  tr.doc.descendants((node, pos) => {
    if (!node.isText) return;
    for (const mark of node.marks) {
      if (mark.type !== type || mark.attrs.annotationId !== annotationId) continue;
      found = true;
      if (apply) tr.removeMark(pos, pos + node.nodeSize, mark);
    }
  });
  return found;
}

/** Adds a mark of `type` over the selection; false (nothing to mark) when the selection is empty. */
export function addMarkToSelection(tr: Transaction, type: MarkType, attrs: Record<string, unknown>, apply: boolean): boolean {
  const { from, to, empty } = tr.selection;
  if (empty) return false;
  // tr.addMark rather than Tiptap's setMark: setMark merges the attributes of an existing mark of
  // the same type into the new one, which is wrong for two overlapping marks with different ids.
  if (apply) tr.addMark(from, to, type.create(attrs));
  return true;
}

/**
 * A mark attribute kept in the DOM as `data-<name>` (e.g. annotationId ↔ data-annotation-id), and
 * left out of the HTML while unset.
 */
export function dataAttribute(key: string, htmlName: string) {
  return {
    default: null,
    parseHTML: (element: HTMLElement) => element.getAttribute(htmlName),
    renderHTML: (attributes: Record<string, unknown>) => (attributes[key] ? { [htmlName]: attributes[key] } : {}),
  };
}

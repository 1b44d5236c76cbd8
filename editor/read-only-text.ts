import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { AddMarkStep, RemoveMarkStep } from "@tiptap/pm/transform";

/**
 * Transaction meta flag that lets a content replacement through, for when the app reloads the
 * source (new segment, recomputed terms):
 * `editor.chain().setMeta(ALLOW_CONTENT_CHANGE, true).setContent(doc).run()`.
 */
export const ALLOW_CONTENT_CHANGE = "lisiere:reload";

/** True for transactions that leave the text alone: selection moves and mark steps only. */
export function keepsText(tr: Transaction): boolean {
  return tr.steps.every((step) => step instanceof AddMarkStep || step instanceof RemoveMarkStep);
}

/**
 * Makes the source text read-only while its marks stay editable. A filter, rather than
 * `editable: false`, because the user must still select text and gloss or annotate it; every
 * text-changing path (typing, paste, drop, cut, delete, IME) ends in a transaction that is refused
 * here, and ProseMirror then redraws the untouched state over whatever the browser put in the DOM.
 */
export const ReadOnlyText = Extension.create({
  name: "readOnlyText",

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("readOnlyText"),
        filterTransaction: (tr) => tr.getMeta(ALLOW_CONTENT_CHANGE) === true || keepsText(tr),
      }),
    ];
  },
});

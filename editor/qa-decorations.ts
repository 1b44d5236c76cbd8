import { Extension, type Editor } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

/** One QA issue as the editor paints it: a span of the target text, its severity, its message in words. */
export interface QaSpan {
  start: number;
  end: number;
  severity: "error" | "warning" | "info";
  code: string;
  /** Already rendered in the interface language (shown on hover, read by screen readers). */
  message: string;
  /** Ignored issues are not painted: the translator decided about them. */
  ignored?: boolean;
}

interface QaPluginState {
  decorations: DecorationSet;
  spans: readonly QaSpan[];
}

export const qaDecorationsKey = new PluginKey<QaPluginState>("qaDecorations");

/** The target editor's document is one paragraph: text offset n is document position n + 1. */
const TEXT_START = 1;

function decorationsFor(doc: ProseMirrorNode, spans: readonly QaSpan[]): DecorationSet {
  const size = doc.content.size - 1; // the position just before the paragraph's end
  const decorations: Decoration[] = [];
  for (const span of spans) {
    if (span.ignored) continue;
    const from = Math.min(Math.max(TEXT_START, span.start + TEXT_START), size);
    const to = Math.min(Math.max(from, span.end + TEXT_START), size);
    const attrs = { class: `qa-issue qa-issue--${span.severity}`, title: span.message, "data-qa-code": span.code, "data-qa-severity": span.severity };
    if (to > from) {
      decorations.push(Decoration.inline(from, to, attrs, { qa: span }));
    } else {
      // Nothing to underline (a number missing from the target): a small mark where it belongs.
      decorations.push(
        Decoration.widget(
          from,
          () => {
            const marker = document.createElement("span");
            marker.className = `qa-point qa-point--${span.severity}`;
            marker.title = span.message;
            marker.setAttribute("role", "img");
            marker.setAttribute("aria-label", span.message);
            marker.dataset.qaCode = span.code;
            marker.contentEditable = "false";
            return marker;
          },
          { side: 1, ignoreSelection: true, key: `${span.code}@${span.start}:${span.message}`, qa: span },
        ),
      );
    }
  }
  return DecorationSet.create(doc, decorations);
}

/**
 * Underlines the QA issues of the segment being typed. Decorations, not marks: they live beside the
 * document, so they never reach the saved text, the undo history or the autosave. The issues come
 * from a worker a moment after typing; until the next answer, edits move the underlines with the
 * text they are on (DecorationSet.map), and an answer about a text that has since changed is dropped
 * (a newer one is on its way).
 */
export const QaDecorations = Extension.create({
  name: "qaDecorations",

  addProseMirrorPlugins() {
    return [
      new Plugin<QaPluginState>({
        key: qaDecorationsKey,
        state: {
          init: () => ({ decorations: DecorationSet.empty, spans: [] }),
          apply(tr, value, _old, newState) {
            const next = tr.getMeta(qaDecorationsKey) as { spans: readonly QaSpan[] } | undefined;
            if (next) return { spans: next.spans, decorations: decorationsFor(newState.doc, next.spans) };
            if (!tr.docChanged) return value;
            return { spans: value.spans, decorations: value.decorations.map(tr.mapping, tr.doc) };
          },
        },
        props: {
          decorations: (state) => qaDecorationsKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});

/**
 * Shows the issues found for `forText`. Returns false (and changes nothing) when the editor's text is
 * no longer that text: the issues' offsets would point at the wrong words.
 */
export function setQaSpans(editor: Editor, forText: string, spans: readonly QaSpan[]): boolean {
  if (editor.isDestroyed || editor.getText() !== forText) return false;
  const tr = editor.state.tr.setMeta(qaDecorationsKey, { spans }).setMeta("addToHistory", false);
  editor.view.dispatch(tr);
  return true;
}

/** The spans painted now, at their current (mapped) offsets in the text. */
export function currentQaSpans(editor: Editor): QaSpan[] {
  const state = qaDecorationsKey.getState(editor.state);
  if (!state) return [];
  return state.decorations.find().map((decoration) => {
    const span = (decoration.spec as { qa: QaSpan }).qa;
    return { ...span, start: decoration.from - TEXT_START, end: decoration.to - TEXT_START };
  });
}

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

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

function pointMarker(from: number, span: QaSpan): Decoration {
  // Nothing to underline (a number missing from the target): a small mark where it belongs.
  return Decoration.widget(
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
    { side: 1, ignoreSelection: true, key: `${span.code}@${span.start}:${span.message}`, qa: [span] },
  );
}

/**
 * Overlapping inline decorations would have ProseMirror keep one title and one data-qa-code for the
 * shared text (a whole-segment `length` warning hid the spelling error inside it). So the text is cut
 * at every span's edges and each piece gets one decoration naming all the issues over it: the most
 * serious one's look, every code, every message on hover.
 */
function inlinePieces(spans: readonly { from: number; to: number; span: QaSpan }[]): Decoration[] {
  const edges = [...new Set(spans.flatMap(({ from, to }) => [from, to]))].sort((a, b) => a - b);
  const pieces: Decoration[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [from, to] = [edges[i], edges[i + 1]];
    const over = spans.filter((s) => s.from <= from && s.to >= to).map((s) => s.span);
    if (over.length === 0) continue;
    over.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    const severity = over[0].severity;
    const attrs = {
      class: `qa-issue qa-issue--${severity}`,
      title: [...new Set(over.map((span) => span.message))].join("\n"),
      "data-qa-code": [...new Set(over.map((span) => span.code))].join(" "),
      "data-qa-severity": severity,
    };
    pieces.push(Decoration.inline(from, to, attrs, { qa: over }));
  }
  return pieces;
}

function decorationsFor(doc: ProseMirrorNode, spans: readonly QaSpan[]): DecorationSet {
  const size = doc.content.size - 1; // the position just before the paragraph's end
  const decorations: Decoration[] = [];
  const inline: { from: number; to: number; span: QaSpan }[] = [];
  for (const span of spans) {
    if (span.ignored) continue;
    const from = Math.min(Math.max(TEXT_START, span.start + TEXT_START), size);
    const to = Math.min(Math.max(from, span.end + TEXT_START), size);
    if (to > from) inline.push({ from, to, span });
    else decorations.push(pointMarker(from, span));
  }
  return DecorationSet.create(doc, [...decorations, ...inlinePieces(inline)]);
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

/** The spans painted now, at their current (mapped) offsets in the text (a span cut in pieces is whole again). */
export function currentQaSpans(editor: Editor): QaSpan[] {
  const state = qaDecorationsKey.getState(editor.state);
  if (!state) return [];
  const found = new Map<QaSpan, { from: number; to: number }>();
  for (const decoration of state.decorations.find()) {
    for (const span of (decoration.spec as { qa: QaSpan[] }).qa) {
      const seen = found.get(span);
      found.set(
        span,
        seen ? { from: Math.min(seen.from, decoration.from), to: Math.max(seen.to, decoration.to) } : { from: decoration.from, to: decoration.to },
      );
    }
  }
  return [...found].map(([span, { from, to }]) => ({ ...span, start: from - TEXT_START, end: to - TEXT_START }));
}

"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { matchTerms } from "@/core/terms/match-terms";
import type { WorkbenchSegment } from "@/server/documents/get-workbench";
import type { AnnotateRequest } from "./AnnotateDialog";
import type { SourceApi } from "./SegmentRow";
import type { MarkRef } from "./SourceEditor";
import type { SourceRange, useAnnotations } from "./use-annotations";

export interface OpenCard {
  segmentId: string;
  marks: MarkRef[];
  via: "caret" | "pointer";
}

const sameRange = (a: SourceRange | null, segmentId: string, b: { start: number; end: number }) =>
  !!a && a.segmentId === segmentId && a.start === b.start && a.end === b.end;

/** Whether the window's selection is a range inside the French text of the given segment. */
function selectionInSource(selection: Selection | null, segmentId: string): boolean {
  if (!selection || selection.isCollapsed || !selection.anchorNode) return false;
  const holder = document.querySelector(`[data-source-text="${CSS.escape(segmentId)}"]`);
  return !!holder && holder.contains(selection.anchorNode) && holder.contains(selection.focusNode);
}

/**
 * What the user is doing in the source column: the current selection (for the Gloss / Note
 * toolbar and re-attaching orphans), the card of the highlight under the caret or pointer, and the
 * gloss or note form being filled in.
 */
export function useSourceInteractions(options: { segments: WorkbenchSegment[]; annotations: ReturnType<typeof useAnnotations>; canAnnotate: boolean }) {
  const [selection, setSelection] = useState<SourceRange | null>(null);
  const [card, setCard] = useState<OpenCard | null>(null);
  const [request, setRequest] = useState<AnnotateRequest | null>(null);
  const [menuFor, setMenuFor] = useState<string | null>(null);
  // Callbacks below run after render and read the latest values through these refs.
  const latest = useRef(options);
  const selectionRef = useRef(selection);
  const closing = useRef<number | undefined>(undefined);
  // The range a gloss or note was last opened on: its toolbar has been used, and the editor giving
  // the same range back (focus returning, new marks applied) must not bring the toolbar back.
  const used = useRef<SourceRange | null>(null);
  useEffect(() => {
    latest.current = options;
    selectionRef.current = selection;
  });

  const open = useCallback((kind: "gloss" | "note", segmentId: string, range: { start: number; end: number }) => {
    const { segments, annotations, canAnnotate } = latest.current;
    const source = segments.find((s) => s.id === segmentId)?.sourceText;
    if (!canAnnotate || source === undefined) return;
    const text = source.slice(range.start, range.end);
    // The selection already is a glossary term when the matcher finds exactly one entry spanning all of it.
    const found = kind === "gloss" ? matchTerms(annotations.index, text.trim()) : [];
    const existing = found.length === 1 && found[0].start === 0 && found[0].end === text.trim().length ? annotations.entries.get(found[0].entryId) : undefined;
    setMenuFor(null);
    used.current = { segmentId, ...range, text };
    setSelection(null);
    setRequest({ kind, range: { segmentId, ...range, text }, existing });
  }, []);

  const api: SourceApi = useMemo(
    () => ({
      onGloss: (segmentId, range) => open("gloss", segmentId, range),
      onAnnotate: (segmentId, range) => open("note", segmentId, range),
      onSelect: (segmentId, range) => {
        const source = latest.current.segments.find((s) => s.id === segmentId)?.sourceText ?? "";
        if (range && sameRange(used.current, segmentId, range)) return;
        used.current = null;
        setSelection((current) =>
          range ? { segmentId, ...range, text: source.slice(range.start, range.end) } : current?.segmentId === segmentId ? null : current,
        );
        if (!range) setMenuFor((current) => (current === segmentId ? null : current));
      },
      onMarks: (segmentId, marks, via) => {
        window.clearTimeout(closing.current);
        if (marks === null) return;
        if (marks.length > 0) return setCard({ segmentId, marks, via });
        // Leaving a highlight closes only a card opened the same way (hover does not close a caret
        // card), and after a moment, so the pointer can travel to the card and use its buttons.
        const close = () => setCard((current) => (current && current.via === via ? null : current));
        if (via === "caret") close();
        else closing.current = window.setTimeout(close, 400);
      },
      onContextMenu: (segmentId) => {
        if (!latest.current.canAnnotate || selectionRef.current?.segmentId !== segmentId) return false;
        setMenuFor(segmentId);
        return true;
      },
    }),
    [open],
  );

  // A selection that moved out of its source (into the English, a field, elsewhere) takes its
  // toolbar with it; the editor itself only reports changes made inside it.
  useEffect(() => {
    // An updater, not the ref: the editor's own listener may have set a new selection just before.
    const onSelectionChange = () => {
      if (!selectionRef.current) return;
      const dom = window.getSelection();
      setSelection((current) => (current && !selectionInSource(dom, current.segmentId) ? null : current));
      if (!selectionInSource(dom, selectionRef.current.segmentId)) setMenuFor(null);
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, []);

  const openForSelection = useCallback(
    (kind: "gloss" | "note") => {
      const current = selectionRef.current;
      if (current) open(kind, current.segmentId, current);
    },
    [open],
  );

  return { api, selection, card, setCard, request, setRequest, menuFor, openForSelection };
}

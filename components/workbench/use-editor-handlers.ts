"use client";

import type { Editor } from "@tiptap/core";
import { useMemo, type RefObject } from "react";
import type { SegmentStatus } from "@/core/review/status-machine";
import { equivalentNumber, type OfferedTerm } from "./offered-terms";
import type { Rejection } from "./RejectDialog";
import type { RowInfo } from "./SegmentRow";
import type { TargetEditorHandlers } from "./TargetEditor";
import type { useRestructure } from "./use-restructure";

interface Options {
  /** 1-based position of the open row among the visible rows, or null when no editor is open. */
  active: number | null;
  rows: readonly RowInfo[];
  canReview: boolean;
  offered: readonly OfferedTerm[] | null;
  /** The segment store's save request (use-segment-store.ts): the status machine's answer, shown and queued. */
  ask: (segmentId: string, targetText: string, status?: SegmentStatus) => boolean;
  goTo: (position: number | null) => void;
  structure: ReturnType<typeof useRestructure>;
  setRejecting: (rejection: Rejection) => void;
  editorRef: RefObject<Editor | null>;
  /** Where Ctrl+Enter goes after confirming the row at this position (use-grid-navigation.ts); else the next row. */
  advance?: (position: number) => void;
  /** Asked before confirming (QA errors ask once): false holds the confirmation, `confirm` redoes it. */
  mayConfirm?: (segmentId: string, number: number, text: string, confirm: () => void) => boolean;
}

/**
 * What the open target editor does on typing, confirming, reviewing and moving: the one place where
 * a keystroke in the grid becomes a saved status. Null while no row is open.
 */
export function useEditorHandlers({
  active,
  rows,
  canReview,
  offered,
  ask,
  goTo,
  structure,
  setRejecting,
  editorRef,
  advance,
  mayConfirm,
}: Options): TargetEditorHandlers | null {
  return useMemo(() => {
    // `active` is derived from the open segment's id each render (use-active-row.ts), so it names a row.
    const segment = active === null ? undefined : rows[active - 1]?.segment;
    if (active === null || !segment) return null;
    const next = () => goTo(active < rows.length ? active + 1 : null);
    return {
      onReview: (verdict, text) => {
        if (!canReview) return false;
        if (verdict === "rejected") {
          // Nothing to reject in an empty segment (the status machine refuses it): no dialog.
          if (!text.trim()) return true;
          setRejecting({ segmentId: segment.id, number: rows[active - 1].number, text });
          return true;
        }
        ask(segment.id, text, "approved");
        next();
        return true;
      },
      equivalent: (n) => (offered ? equivalentNumber(offered, n) : undefined),
      register: (editor) => {
        editorRef.current = editor;
      },
      unregister: (editor) => {
        if (editorRef.current === editor) editorRef.current = null;
      },
      onChange: (text) => void ask(segment.id, text),
      onConfirm: (text) => {
        // From the QA prompt's button the text is read again: the user may have typed since.
        const confirm = () => {
          // Confirming an empty translation is refused by the status machine: then it only moves on.
          ask(segment.id, editorRef.current?.getText() ?? text, "translated");
          if (advance) advance(active);
          else next();
        };
        if (!mayConfirm || mayConfirm(segment.id, rows[active - 1].number, text, confirm)) confirm();
      },
      onPrevious: () => goTo(Math.max(1, active - 1)),
      onNext: () => goTo(Math.min(rows.length, active + 1)),
      onLeave: () => goTo(null),
      onStructure: (command, targetCursor) => structure.run(command, segment.id, { target: targetCursor }),
    };
  }, [active, rows, ask, goTo, structure, offered, canReview, setRejecting, editorRef, advance, mayConfirm]);
}

"use client";

import { useCallback, useMemo, useState, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { documentPart, type DocumentPart } from "@/core/model/parts";
import { afterConfirm, nextFlagged } from "@/core/work/next-segment";
import { matchesFilter, type RowFilter, type SegmentMarks } from "./row-filter";
import type { RowInfo } from "./SegmentRow";
import type { RowScroller } from "./use-active-row";
import { useAfterConfirm } from "./use-after-confirm";

/** What "next segment with a warning or a comment" stops at: the grid's own flags and open comment threads. */
const NEEDS_A_LOOK: readonly RowFilter[] = ["sourceChanged", "lowConfidence", "rejected", "trackedChange", "withComments"];

interface Options {
  /** The rows in view (a filter may hide some). */
  rows: readonly RowInfo[];
  /** 1-based position of the open row among `rows`, or null. */
  active: number | null;
  goTo: (position: number | null) => void;
  activateNumber: (number: number) => void;
  part: DocumentPart;
  marks: SegmentMarks;
  scroller: RowScroller;
  scrollRef: RefObject<HTMLDivElement | null>;
  /** Scrolls to a segment and focuses its row, showing all rows first if a filter hides it (use-segment-jump.ts). */
  jumpTo: (segmentId: string) => void;
}

/**
 * Where the navigation keys lead: after Ctrl+Enter, to a segment number (Ctrl+G), to the first and
 * last segment, to the next segment needing a look. Segments of another part (or hidden by a filter)
 * are reached through the `#segment-N` link the grid already follows (use-segment-jump.ts).
 * `message` is what the grid says when a key has nowhere to go (a polite live region shows it).
 */
export function useGridNavigation({ rows, active, goTo, activateNumber, part, marks, scroller, scrollRef, jumpTo }: Options) {
  const { t } = useTranslation("workbench");
  const mode = useAfterConfirm();
  const [message, setMessage] = useState<{ text: string; at: number } | null>(null);
  const announce = useCallback((text: string) => setMessage({ text, at: Date.now() }), []);

  const goToNumber = useCallback(
    (number: number) => {
      setMessage(null);
      if (rows.some((r) => r.number === number)) return activateNumber(number);
      followSegmentLink(number);
    },
    [rows, activateNumber],
  );

  /** After confirming the row at `position`: the next row to confirm (or simply the next), or say there is none. */
  const advance = useCallback(
    (position: number) => {
      const next = afterConfirm(
        rows.map((r) => r.segment.status),
        position - 1,
        mode,
      );
      if (next.to !== null) return (setMessage(null), goTo(next.to + 1));
      // Long documents open a part at a time: later parts are not loaded, so the grid cannot tell what is left there.
      if (part.part < part.parts) return announce(t("nav.lastInPart", { n: documentPart(part.total, part.part + 1).offset + 1 }));
      if (mode === "nextSegment") return announce(t("nav.lastSegment"));
      announce(next.remaining > 0 ? t("nav.lastUnconfirmedBefore", { count: next.remaining }) : t("nav.lastUnconfirmed"));
    },
    [rows, mode, goTo, announce, t, part],
  );

  const flagged = useCallback(
    (step: 1 | -1) => {
      const flags = rows.map((r) => NEEDS_A_LOOK.some((filter) => matchesFilter(r.segment, filter, marks)));
      const found = nextFlagged(flags, active === null ? -1 : active - 1, step);
      if (found === null) return announce(t("nav.noFlagged"));
      setMessage(null);
      goTo(found + 1);
    },
    [rows, marks, active, goTo, announce, t],
  );

  /** Brings a segment's row on screen without taking the focus (the find bar keeps it). */
  const reveal = useCallback(
    (segmentId: string) => {
      const index = rows.findIndex((r) => r.segment.id === segmentId);
      if (index >= 0) scroller.scrollToIndex(index, { align: "center" });
      else jumpTo(segmentId);
    },
    [rows, scroller, jumpTo],
  );

  /** Opens a segment's editor (the find bar's current match), or with null puts the focus back in the grid. */
  const open = useCallback(
    (segmentId: string | null) => {
      const row = segmentId === null ? undefined : rows.find((r) => r.segment.id === segmentId);
      if (row) return activateNumber(row.number);
      if (segmentId !== null) return jumpTo(segmentId);
      const grid = scrollRef.current;
      (grid?.querySelector<HTMLElement>(".target-editor") ?? grid?.querySelector<HTMLElement>("[data-testid=segment-target]"))?.focus();
    },
    [rows, activateNumber, jumpTo, scrollRef],
  );

  return useMemo(
    () => ({
      message,
      reveal,
      open,
      advance,
      goToNumber,
      first: () => goToNumber(1),
      last: () => goToNumber(part.total),
      nextFlagged: () => flagged(1),
      previousFlagged: () => flagged(-1),
    }),
    [message, reveal, open, advance, goToNumber, flagged, part.total],
  );
}

/** Follows `#segment-N` even when the address already holds it (setting the same hash fires no event); another part's segment opens that part. */
export function followSegmentLink(number: number) {
  const hash = `#segment-${number}`;
  if (window.location.hash === hash) window.dispatchEvent(new HashChangeEvent("hashchange"));
  else window.location.hash = hash;
}

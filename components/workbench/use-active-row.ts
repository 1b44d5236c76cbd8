"use client";

import type { Virtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { flushSync } from "react-dom";
import { matchesFilter, type RowFilter, type SegmentMarks } from "./row-filter";
import type { SaveQueue } from "./save-queue";
import { holdFocusForEditor } from "./segment-focus";
import type { RowInfo } from "./SegmentRow";
import type { Typeahead } from "./typeahead";

/** Brings a row of the virtual list into view (by its position among the visible rows, from 0). */
export interface RowScroller {
  scrollToIndex: (index: number, options: { align: "auto" | "center" | "start" | "end" }) => void;
}

interface Options {
  allRows: readonly RowInfo[];
  filter: RowFilter;
  marks: SegmentMarks;
  queue: SaveQueue;
  typeahead: Typeahead;
  scrollRef: RefObject<HTMLDivElement | null>;
}

/**
 * The grid's visible rows, its virtual list, and the open row. The open row is held by segment id,
 * not by position: positions shift whenever the filter or the rows change, and a stale position
 * pointed past the end (a crash) or at another segment (whose editor then showed the wrong text).
 * While a row is open it stays listed even if it does not match the filter — typing turns a "new"
 * segment into a draft, and choosing another filter must not pull the editor from under the user.
 */
export function useActiveRow({ allRows, filter, marks, queue, typeahead, scrollRef }: Options) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const rows = useMemo(
    () => (filter === "all" ? allRows : allRows.filter((r) => r.segment.id === activeId || matchesFilter(r.segment, filter, marks))),
    [allRows, filter, marks, activeId],
  );
  const index = activeId === null ? -1 : rows.findIndex((r) => r.segment.id === activeId);
  /** 1-based position of the open row among the visible rows, or null (also once its segment is gone). */
  const active = index < 0 ? null : index + 1;
  const activeSegment = index < 0 ? null : rows[index].segment;

  // The virtual list lives in the grid (WorkbenchGrid.tsx), which alone re-renders as it scrolls and
  // measures; the page reaches it through this ref to bring a row into view.
  const virtualizerRef = useRef<Virtualizer<HTMLDivElement, Element> | null>(null);
  const scroller: RowScroller = useMemo(() => ({ scrollToIndex: (index, options) => virtualizerRef.current?.scrollToIndex(index, options) }), []);

  // Keeps the open row in view when it opens and when a filter moves it.
  useEffect(() => {
    if (active !== null) scroller.scrollToIndex(active - 1, { align: "auto" });
  }, [active, filter, scroller]);

  /** Opens the row at a visible position (clamped), or closes the editor with null. */
  const goTo = useCallback(
    (position: number | null, insert?: string) => {
      queue.flush();
      typeahead.take();
      if (position === null) {
        const leaving = activeId;
        if (!leaving) return setActiveId(null);
        // Give focus back to the row the user left, so the keyboard keeps its place — in the same task
        // as the editor goes (flushSync; this runs from the editor's Esc key), so focus never rests on
        // <body> in between (a screen reader would announce the whole page; the next key would be lost).
        flushSync(() => setActiveId(null));
        scrollRef.current?.querySelector<HTMLElement>(`[data-segment-id="${CSS.escape(leaving)}"] [data-testid=segment-target]`)?.focus();
        return;
      }
      if (rows.length === 0) return;
      const target = rows[Math.max(1, Math.min(rows.length, position)) - 1].segment.id;
      if (target === activeId) return;
      // Keys typed before the next editor exists (right after Ctrl+Enter or Alt+↓) wait for it; the
      // editor already open on the target would never take them, so nothing is captured then.
      typeahead.start(insert ?? "");
      // The focus waits in the row until the editor mounts, rather than on <body>.
      holdFocusForEditor(scrollRef.current, target);
      setActiveId(target);
    },
    [queue, typeahead, activeId, rows, scrollRef],
  );

  /** Rows activate by their document number; the grid works in visible positions (filters hide rows). */
  const activateNumber = useCallback(
    (number: number, insert?: string) => {
      const at = rows.findIndex((r) => r.number === number);
      if (at >= 0) goTo(at + 1, insert);
    },
    [goTo, rows],
  );

  /** Closes the editor after saves made outside it (it shows the text it was mounted with). */
  const close = useCallback(() => setActiveId(null), []);
  /** Closes the editor if it is open on this segment (which just took someone else's text). */
  const closeIfOpen = useCallback((segmentId: string) => setActiveId((current) => (current === segmentId ? null : current)), []);

  return { rows, virtualizerRef, scroller, active, activeSegment, goTo, activateNumber, close, closeIfOpen };
}

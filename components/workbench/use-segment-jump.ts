"use client";

import { useEffect, useRef, type RefObject } from "react";
import type { WorkbenchSegment } from "@/server/documents/get-workbench";
import { partOfSegment } from "@/core/model/parts";
import type { RowInfo } from "./SegmentRow";
import type { RowScroller } from "./use-active-row";

interface Options {
  /** Segments of the document before the open part (long documents open a part at a time). */
  offset: number;
  /** The open part, and how many the document has. */
  part: number;
  rows: readonly RowInfo[];
  allRows: readonly RowInfo[];
  segments: readonly WorkbenchSegment[];
  showAllRows: () => void;
  scroller: RowScroller;
  scrollRef: RefObject<HTMLDivElement | null>;
}

/**
 * Scrolls the grid to a segment and focuses its row, showing every row first if a filter hid it.
 * Used by the search panel, and by links from elsewhere (the activity view) that name a segment by
 * its number: `#segment-12`, followed on load and on every change of the hash.
 */
export function useSegmentJump({ offset, part, rows, allRows, segments, showAllRows, scroller, scrollRef }: Options) {
  function jumpTo(segmentId: string) {
    const visible = rows.findIndex((r) => r.segment.id === segmentId);
    if (visible < 0) showAllRows();
    const index = visible >= 0 ? visible : allRows.findIndex((r) => r.segment.id === segmentId);
    requestAnimationFrame(() => {
      scroller.scrollToIndex(index, { align: "center" });
      requestAnimationFrame(() =>
        scrollRef.current?.querySelector<HTMLElement>(`[data-segment-id="${CSS.escape(segmentId)}"] [data-testid=segment-target]`)?.focus(),
      );
    });
  }
  // The hash listener is installed once; it reaches the current rows through these refs.
  const latest = useRef({ jumpTo, segments, offset, part });
  useEffect(() => {
    latest.current = { jumpTo, segments, offset, part };
  });
  useEffect(() => {
    const follow = () => {
      const number = Number(/^#segment-(\d+)$/.exec(window.location.hash)?.[1] ?? 0);
      if (!number) return;
      const { segments, offset, part } = latest.current;
      const segment = segments[number - 1 - offset];
      if (segment) return latest.current.jumpTo(segment.id);
      // A segment of another part: open that part, which follows the same link.
      const other = partOfSegment(number);
      if (other !== part) {
        const url = new URL(window.location.href);
        url.searchParams.set("part", String(other));
        window.location.assign(url);
      }
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  return jumpTo;
}

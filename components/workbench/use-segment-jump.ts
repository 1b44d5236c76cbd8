"use client";

import type { Virtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, type RefObject } from "react";
import type { WorkbenchSegment } from "@/server/documents/get-workbench";
import type { RowInfo } from "./SegmentRow";

interface Options {
  rows: readonly RowInfo[];
  allRows: readonly RowInfo[];
  segments: readonly WorkbenchSegment[];
  showAllRows: () => void;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  scrollRef: RefObject<HTMLDivElement | null>;
}

/**
 * Scrolls the grid to a segment and focuses its row, showing every row first if a filter hid it.
 * Used by the search panel, and by links from elsewhere (the activity view) that name a segment by
 * its number: `#segment-12`, followed on load and on every change of the hash.
 */
export function useSegmentJump({ rows, allRows, segments, showAllRows, virtualizer, scrollRef }: Options) {
  function jumpTo(segmentId: string) {
    const visible = rows.findIndex((r) => r.segment.id === segmentId);
    if (visible < 0) showAllRows();
    const index = visible >= 0 ? visible : allRows.findIndex((r) => r.segment.id === segmentId);
    requestAnimationFrame(() => {
      virtualizer.scrollToIndex(index, { align: "center" });
      requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-segment-id="${CSS.escape(segmentId)}"] [data-testid=segment-target]`)?.focus());
    });
  }
  // The hash listener is installed once; it reaches the current rows through these refs.
  const latest = useRef({ jumpTo, segments });
  useEffect(() => {
    latest.current = { jumpTo, segments };
  });
  useEffect(() => {
    const follow = () => {
      const number = /^#segment-(\d+)$/.exec(window.location.hash)?.[1];
      const segment = number ? latest.current.segments[Number(number) - 1] : undefined;
      if (segment) latest.current.jumpTo(segment.id);
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  return jumpTo;
}

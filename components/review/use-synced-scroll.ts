"use client";

import { useEffect, useRef, type RefObject } from "react";
import { syncedScrollTop, type Block } from "./synced-scroll";

export interface ScrollPane {
  element: RefObject<HTMLElement | null>;
  /** The pane's paragraphs with their current (measured or estimated) extents, in order. */
  blocks: () => readonly Block[];
}

/**
 * Scrolls each pane along with the other, paragraph by paragraph. The pane the user scrolls leads
 * until it has been still for a moment, so the follower's own scroll events are not echoed back.
 */
export function useSyncedScroll(left: ScrollPane, right: ScrollPane) {
  // The panes' block providers change with every render; the listeners read the latest ones.
  const latest = useRef({ left, right });
  useEffect(() => {
    latest.current = { left, right };
  });
  useEffect(() => {
    const a = latest.current.left.element.current;
    const b = latest.current.right.element.current;
    if (!a || !b) return;
    let leader: HTMLElement | null = null;
    let release: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    const follow = (from: "left" | "right") => () => {
      const source = from === "left" ? a : b;
      const target = from === "left" ? b : a;
      if (leader && leader !== source) return;
      leader = source;
      clearTimeout(release);
      release = setTimeout(() => (leader = null), 150);
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const { left: l, right: r } = latest.current;
        target.scrollTop = syncedScrollTop(
          { scrollTop: source.scrollTop, maxScroll: source.scrollHeight - source.clientHeight, blocks: (from === "left" ? l : r).blocks() },
          { maxScroll: target.scrollHeight - target.clientHeight, blocks: (from === "left" ? r : l).blocks() },
        );
      });
    };
    const fromLeft = follow("left");
    const fromRight = follow("right");
    a.addEventListener("scroll", fromLeft, { passive: true });
    b.addEventListener("scroll", fromRight, { passive: true });
    return () => {
      a.removeEventListener("scroll", fromLeft);
      b.removeEventListener("scroll", fromRight);
      clearTimeout(release);
      cancelAnimationFrame(frame);
    };
  }, []);
}

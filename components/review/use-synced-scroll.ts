"use client";

import { useEffect, useRef, type RefObject } from "react";
import { syncedScrollTop, type Block } from "./synced-scroll";

export interface ScrollPane {
  element: RefObject<HTMLElement | null>;
  /** The pane's paragraphs with their current (measured or estimated) extents, in order. */
  blocks: () => readonly Block[];
}

/**
 * Scrolls each pane along with the other, paragraph by paragraph. Whichever pane moves by any cause
 * other than this hook leads. The follower's own scroll event is recognised by the position this
 * hook gave it and not echoed back. (A time lock on the leader, tried first, swallowed a real
 * scroll of the other pane made within the lock's window.)
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
    // The scrollTop each pane was last given by this hook, until its scroll event arrives.
    const given = new Map<HTMLElement, number>();
    let frame = 0;
    const follow = (from: "left" | "right") => () => {
      const source = from === "left" ? a : b;
      const target = from === "left" ? b : a;
      const expected = given.get(source);
      given.delete(source);
      if (expected !== undefined && Math.abs(source.scrollTop - expected) <= 1) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const { left: l, right: r } = latest.current;
        const before = target.scrollTop;
        target.scrollTop = syncedScrollTop(
          { scrollTop: source.scrollTop, maxScroll: source.scrollHeight - source.clientHeight, blocks: (from === "left" ? l : r).blocks() },
          { maxScroll: target.scrollHeight - target.clientHeight, blocks: (from === "left" ? r : l).blocks() },
        );
        // An unchanged position fires no scroll event, so there is no echo to expect.
        if (Math.abs(target.scrollTop - before) >= 1) given.set(target, target.scrollTop);
      });
    };
    const fromLeft = follow("left");
    const fromRight = follow("right");
    a.addEventListener("scroll", fromLeft, { passive: true });
    b.addEventListener("scroll", fromRight, { passive: true });
    return () => {
      a.removeEventListener("scroll", fromLeft);
      b.removeEventListener("scroll", fromRight);
      cancelAnimationFrame(frame);
    };
  }, []);
}

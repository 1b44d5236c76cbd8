"use client";

import { useEffect, type RefObject } from "react";
import { revealDelta } from "./reveal-row";

/** How long after a row opens its growth (editor mounting, fonts, measurement) is followed. */
const FOLLOW_MS = 1000;

/**
 * Keeps the row that just opened wholly inside the grid's scroll area. The virtual list scrolls to an
 * estimated size; the open row then grows (its editor mounts, its height is measured), which could
 * leave it cut at the bottom edge. So the row is looked for on every frame until it is rendered and
 * followed while it resizes for a moment, each time scrolling by just what is missing.
 */
export function useRevealActiveRow(scrollRef: RefObject<HTMLElement | null>, activeId: string | null) {
  useEffect(() => {
    const container = scrollRef.current;
    if (!container || !activeId) return;
    const selector = `[data-segment-id="${CSS.escape(activeId)}"]`;
    let observer: ResizeObserver | undefined;
    let frame = 0;
    const reveal = () => {
      const row = container.querySelector<HTMLElement>(selector);
      if (!row) return null;
      const delta = revealDelta(container.getBoundingClientRect(), row.getBoundingClientRect());
      if (delta !== 0) container.scrollTop += delta;
      return row;
    };
    const until = performance.now() + FOLLOW_MS;
    const step = () => {
      const row = reveal();
      if (row && !observer) {
        observer = new ResizeObserver(() => reveal());
        observer.observe(row);
      }
      if (performance.now() < until) frame = requestAnimationFrame(step);
      else observer?.disconnect();
    };
    frame = requestAnimationFrame(step);
    // The user's own scrolling wins: following stops at the first wheel or touch.
    const stop = () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
    };
    container.addEventListener("wheel", stop, { passive: true, once: true });
    container.addEventListener("touchstart", stop, { passive: true, once: true });
    return () => {
      stop();
      container.removeEventListener("wheel", stop);
      container.removeEventListener("touchstart", stop);
    };
  }, [scrollRef, activeId]);
}

"use client";

import { useEffect, type RefObject } from "react";
import { syncedScrollTop, type Block } from "./synced-scroll";

function blocksOf(pane: HTMLElement): Block[] {
  // The panes are position: relative, so offsetTop is measured from the pane's top.
  return Array.from(pane.querySelectorAll<HTMLElement>("[data-paragraph-id]"), (el) => ({ key: el.dataset.paragraphId!, top: el.offsetTop, height: el.offsetHeight }));
}

/**
 * Scrolls each pane along with the other, paragraph by paragraph. The pane the user scrolls leads
 * until it has been still for a moment, so the follower's own scroll events are not echoed back.
 */
export function useSyncedScroll(left: RefObject<HTMLElement | null>, right: RefObject<HTMLElement | null>, enabled: boolean) {
  useEffect(() => {
    const a = left.current;
    const b = right.current;
    if (!a || !b || !enabled) return;
    let leader: HTMLElement | null = null;
    let release: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    // Measuring thousands of paragraphs on every frame would jank; measure again only after the
    // content has changed size (edits, filters, window resizes).
    const cache = new Map<HTMLElement, { blocks: Block[]; byKey: Map<string, Block> }>();
    const measured = (pane: HTMLElement) => {
      let entry = cache.get(pane);
      if (!entry) {
        const blocks = blocksOf(pane);
        entry = { blocks, byKey: new Map(blocks.map((block) => [block.key, block])) };
        cache.set(pane, entry);
      }
      return entry;
    };
    const observer = new ResizeObserver(() => cache.clear());
    for (const pane of [a, b]) if (pane.firstElementChild) observer.observe(pane.firstElementChild);
    const follow = (from: HTMLElement, to: HTMLElement) => () => {
      if (leader && leader !== from) return;
      leader = from;
      clearTimeout(release);
      release = setTimeout(() => (leader = null), 150);
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const twins = measured(to).byKey;
        to.scrollTop = syncedScrollTop(
          { scrollTop: from.scrollTop, maxScroll: from.scrollHeight - from.clientHeight, blocks: measured(from).blocks },
          { maxScroll: to.scrollHeight - to.clientHeight, blockOf: (key) => twins.get(key) },
        );
      });
    };
    const fromA = follow(a, b);
    const fromB = follow(b, a);
    a.addEventListener("scroll", fromA, { passive: true });
    b.addEventListener("scroll", fromB, { passive: true });
    return () => {
      a.removeEventListener("scroll", fromA);
      b.removeEventListener("scroll", fromB);
      clearTimeout(release);
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [left, right, enabled]);
}

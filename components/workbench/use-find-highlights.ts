"use client";

import { useEffect, type RefObject } from "react";
import type { SearchHit, SearchScope } from "./search-results";

const ALL = "find-match";
const CURRENT = "find-current";

/** The text elements of a rendered row that the search covers: the French, and the English (button or open editor). */
function sidesOf(row: Element, scope: SearchScope): { side: "source" | "target"; element: Element }[] {
  const sides: { side: "source" | "target"; element: Element | null }[] = [];
  if (scope !== "target") sides.push({ side: "source", element: row.querySelector("[data-testid=source-editor]") });
  // An empty translation shows a placeholder ("Not translated yet"), which is not text to find.
  if (scope !== "source")
    sides.push({ side: "target", element: row.querySelector("[data-testid=target-editor], [data-testid=segment-target]:not(.seg-target--empty)") });
  return sides.filter((s): s is { side: "source" | "target"; element: Element } => s.element !== null);
}

/** DOM ranges of the matches in an element's text, found by walking its text nodes. */
function rangesIn(element: Element, matcher: RegExp): { start: number; range: Range }[] {
  const nodes: { node: Text; start: number }[] = [];
  let text = "";
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: text.length });
    text += node.textContent;
  }
  const ranges: { start: number; range: Range }[] = [];
  for (const m of text.matchAll(matcher)) {
    if (!m[0].length) continue;
    const from = nodes.findLast((n) => n.start <= m.index)!;
    const to = nodes.findLast((n) => n.start < m.index + m[0].length)!;
    const range = document.createRange();
    range.setStart(from.node, m.index - from.start);
    range.setEnd(to.node, m.index + m[0].length - to.start);
    ranges.push({ start: m.index, range });
  }
  return ranges;
}

/**
 * Paints the find bar's matches in the rows on screen with the CSS Custom Highlight API: nothing is
 * added to the rows or their editors (which own their DOM), and rows the virtual list renders later
 * are painted as they appear. Browsers without the API simply show no highlights.
 */
export function useFindHighlights(gridRef: RefObject<HTMLElement | null>, matcher: RegExp | null, scope: SearchScope, current: SearchHit | null) {
  useEffect(() => {
    const grid = gridRef.current;
    if (!grid || !matcher || typeof CSS === "undefined" || !("highlights" in CSS)) return;
    let frame = 0;
    const paint = () => {
      frame = 0;
      const all = new Highlight();
      const now = new Highlight();
      for (const row of grid.querySelectorAll("[data-testid=segment-row]")) {
        const segmentId = row.getAttribute("data-segment-id");
        for (const { side, element } of sidesOf(row, scope)) {
          for (const { start, range } of rangesIn(element, matcher)) {
            all.add(range);
            if (current && current.segmentId === segmentId && current.side === side && current.start === start) now.add(range);
          }
        }
      }
      CSS.highlights.set(ALL, all);
      CSS.highlights.set(CURRENT, now);
    };
    paint();
    const observer = new MutationObserver(() => (frame ||= requestAnimationFrame(paint)));
    observer.observe(grid, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      CSS.highlights.delete(ALL);
      CSS.highlights.delete(CURRENT);
    };
  }, [gridRef, matcher, scope, current]);
}

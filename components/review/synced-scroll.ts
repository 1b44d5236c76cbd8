/**
 * A paragraph's extent inside its scroll pane, in document order. Shaped like TanStack Virtual's
 * measurements, so the panes' lists are passed as they are, without copying on every frame.
 */
export interface Block {
  key: string | number | bigint;
  start: number;
  size: number;
}

/** The last block that starts at or above `scrollTop` (binary search: panes hold thousands). */
export function blockAt(blocks: readonly Block[], scrollTop: number): number {
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (blocks[mid].start <= scrollTop) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/**
 * Where the other pane should scroll so that the same paragraph sits at the top, as far through it
 * as the leading pane is through its own. French and English paragraphs differ in height, so
 * scrolling by the same pixels or the same ratio of the whole would drift apart within a page.
 * Both panes list the same paragraphs in the same order: the twin is at the same index.
 */
export function syncedScrollTop(
  from: { scrollTop: number; maxScroll: number; blocks: readonly Block[] },
  to: { maxScroll: number; blocks: readonly Block[] },
): number {
  if (from.maxScroll > 0 && from.scrollTop >= from.maxScroll - 1) return to.maxScroll;
  const index = blockAt(from.blocks, from.scrollTop);
  if (index < 0) return 0;
  const block = from.blocks[index];
  const twin = to.blocks[index];
  if (!twin || twin.key !== block.key) return Math.round((from.scrollTop / Math.max(1, from.maxScroll)) * to.maxScroll);
  const fraction = block.size > 0 ? Math.min(1, (from.scrollTop - block.start) / block.size) : 0;
  return Math.max(0, Math.min(to.maxScroll, Math.round(twin.start + fraction * twin.size)));
}

/** A selection inside one segment's English text, as offsets into its plain target text. */
export interface TargetSelection {
  segmentId: string;
  start: number;
  end: number;
  exact: string;
}

/** Deleted words of a tracked change are shown but are not part of the target text. */
const isShownOnly = (node: Node) => !!(node.parentElement && node.parentElement.closest("del, [data-shown-only]"));

/** Offset of (node, offset) in the text of `root`, counting only text that belongs to the target. */
function offsetIn(root: Element, node: Node, offset: number): number {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    const countable = !isShownOnly(current);
    if (current === node) return total + (countable ? offset : 0);
    if (node.nodeType !== 3 && node.contains(current) && Array.prototype.indexOf.call(node.childNodes, current) >= offset) return total;
    if (countable) total += current.textContent?.length ?? 0;
  }
  return total;
}

/**
 * Maps the window's selection to offsets in one segment's target, when it lies within a single
 * `[data-target-of]` element; null otherwise (nothing selected, or across segments).
 */
export function targetSelectionIn(selection: Selection | null): TargetSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const holderOf = (node: Node) => (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest<HTMLElement>("[data-target-of]") ?? null;
  const holder = holderOf(range.startContainer);
  if (!holder || holder !== holderOf(range.endContainer)) return null;
  const start = offsetIn(holder, range.startContainer, range.startOffset);
  const end = offsetIn(holder, range.endContainer, range.endOffset);
  const text = holder.dataset.targetText ?? "";
  if (end <= start || end > text.length) return null;
  return { segmentId: holder.dataset.targetOf!, start, end, exact: text.slice(start, end) };
}

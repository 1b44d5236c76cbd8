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
 * The one element matching `selector` that holds selected text, with the selection's range: a drag
 * that overshoots the end of a segment (into the space or the badge after it) still means that
 * segment; one that reaches into another segment means none.
 */
function soleHolder(selection: Selection | null, selector: string): { holder: HTMLElement; range: Range } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const root = range.commonAncestorContainer;
  const scope = root.nodeType === 1 ? (root as Element) : root.parentElement;
  if (!scope) return null;
  const inside = scope.closest<HTMLElement>(selector);
  if (inside) return { holder: inside, range };
  const holders = [...scope.querySelectorAll<HTMLElement>(selector)].filter(
    (element) => range.intersectsNode(element) && clipTo(range, element).toString().length > 0,
  );
  return holders.length === 1 ? { holder: holders[0], range } : null;
}

/** The part of `range` inside `element`. */
function clipTo(range: Range, element: Element): Range {
  const clipped = range.cloneRange();
  const whole = element.ownerDocument.createRange();
  whole.selectNodeContents(element);
  if (clipped.compareBoundaryPoints(Range.START_TO_START, whole) < 0) clipped.setStart(whole.startContainer, whole.startOffset);
  if (clipped.compareBoundaryPoints(Range.END_TO_END, whole) > 0) clipped.setEnd(whole.endContainer, whole.endOffset);
  return clipped;
}

/** The segment (`[data-segment-id]`, in either column) the selected text belongs to, or null. */
export function segmentOfSelection(selection: Selection | null): string | null {
  return soleHolder(selection, "[data-segment-id]")?.holder.dataset.segmentId ?? null;
}

/**
 * Maps the window's selection to offsets in one segment's target, when it lies within a single
 * `[data-target-of]` element (a drag overshooting its end counts up to the end); null otherwise
 * (nothing selected, or across segments).
 */
export function targetSelectionIn(selection: Selection | null): TargetSelection | null {
  const found = soleHolder(selection, "[data-target-of]");
  if (!found) return null;
  const { holder, range } = found;
  const text = holder.dataset.targetText ?? "";
  const start = holder.contains(range.startContainer) ? offsetIn(holder, range.startContainer, range.startOffset) : 0;
  const end = holder.contains(range.endContainer) ? offsetIn(holder, range.endContainer, range.endOffset) : text.length;
  if (end <= start || end > text.length) return null;
  return { segmentId: holder.dataset.targetOf!, start, end, exact: text.slice(start, end) };
}

/**
 * The element of a segment a keyboard user goes back to when a dialog about it closes and the
 * element they were on has gone (the row re-rendered, the editor closed): the segment's open
 * English editor, else its English cell in the grid, else its French text, else review mode's
 * English column. Only focusable elements are returned.
 */
export function segmentFocusTarget(segmentId: string, prefer: "source" | "target" = "target"): HTMLElement | null {
  const row = document.querySelector(`[data-testid=segment-row][data-segment-id="${CSS.escape(segmentId)}"]`);
  const inRow = (selector: string) => row?.querySelector<HTMLElement>(selector) ?? null;
  const target = inRow(".target-editor") ?? inRow("[data-testid=segment-target]");
  const source = inRow("[data-testid=source-editor]");
  const [first, second] = prefer === "source" ? [source, target] : [target, source];
  return first ?? second ?? document.querySelector<HTMLElement>("[data-testid=review-target]");
}

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

/**
 * Before a row's editor opens: if the focus is on something that is about to go (the open editor,
 * or the English cell button the editor replaces), moves it to that row's English cell, which stays —
 * or to the grid if the row is not rendered yet (far away in the virtual list). The editor takes the
 * focus from there once it has mounted, a few tasks and a frame later (Tiptap's autofocus); meanwhile
 * the focus never rests on <body>, where a screen reader announces the page and a key goes nowhere.
 * Focus elsewhere (the find bar, another row) is left alone: the editor's autofocus moves it anyway.
 */
export function holdFocusForEditor(grid: HTMLElement | null, segmentId: string): void {
  const focused = document.activeElement;
  if (!grid || !(focused instanceof HTMLElement) || !grid.contains(focused)) return;
  const row = `[data-testid=segment-row][data-segment-id="${CSS.escape(segmentId)}"]`;
  if (!focused.closest(`.target-editor, ${row} [data-testid=segment-target]`)) return;
  (grid.querySelector<HTMLElement>(`${row} .seg-row__target`) ?? grid).focus({ preventScroll: true });
}

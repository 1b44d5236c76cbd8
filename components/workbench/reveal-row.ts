/** A vertical extent on screen (as from getBoundingClientRect). */
export interface Extent {
  top: number;
  bottom: number;
}

/**
 * How far to scroll a list so that an item is wholly inside its viewport, with `margin` pixels to
 * spare: 0 when it already is; negative to scroll up. An item taller than the viewport is aligned
 * on its top, so the start of the text (and the editor's first line) is what stays in view.
 */
export function revealDelta(view: Extent, item: Extent, margin = 6): number {
  const above = item.top - (view.top + margin);
  const below = item.bottom - (view.bottom - margin);
  if (above < 0) return above;
  if (below > 0) return Math.min(below, above);
  return 0;
}

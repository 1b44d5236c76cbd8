/** The side panel's width in pixels: what it starts at, and how far one arrow key moves its handle. */
export const DEFAULT_PANEL_WIDTH = 272;
export const PANEL_WIDTH_STEP = 24;
export const MIN_PANEL_WIDTH = 220;
export const MAX_PANEL_WIDTH = 640;

export const maxPanelWidth = (viewport: number) => Math.max(MIN_PANEL_WIDTH, Math.min(MAX_PANEL_WIDTH, Math.floor(viewport * 0.4)));

/**
 * A panel width that leaves the grid usable: between 220 px and 640 px, and never more than 40% of
 * the window (so a width remembered on a wide screen does not crush the grid on a laptop).
 */
export function clampPanelWidth(width: number, viewport: number): number {
  return Math.round(Math.min(maxPanelWidth(viewport), Math.max(MIN_PANEL_WIDTH, Number.isNaN(width) ? DEFAULT_PANEL_WIDTH : width)));
}

/** A remembered width read back from storage: a number, else the default. */
export function parsePanelWidth(stored: string): number {
  const width = Number(stored);
  return Number.isFinite(width) && width > 0 ? width : DEFAULT_PANEL_WIDTH;
}

import type { StructureCommand } from "@/editor/segment-keymap";

/** The structural command of a key press outside the editor (same keys as editor/segment-keymap.ts). */
export function structureCommandOf(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }): StructureCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && event.shiftKey && !event.altKey) return key === "j" ? "merge" : key === "k" ? "split" : key === "u" ? "unalign" : null;
  if (event.altKey && event.shiftKey && !mod) return key === "arrowdown" ? "moveTargetDown" : key === "arrowup" ? "moveTargetUp" : null;
  if (mod && event.altKey && !event.shiftKey && key === "z") return "undo";
  return null;
}

/** The caret's offset in a segment's source text, when the user placed one there; else undefined. */
export function sourceCaret(segmentId: string): number | undefined {
  const selection = window.getSelection();
  const container = document.querySelector(`[data-source-text="${CSS.escape(segmentId)}"] .seg-text, [data-source-text="${CSS.escape(segmentId)}"] .seg-heading`);
  if (!selection || selection.rangeCount === 0 || !container || !container.contains(selection.anchorNode)) return undefined;
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(selection.anchorNode!, selection.anchorOffset);
  return range.toString().length;
}

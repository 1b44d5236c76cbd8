import { shortcutOf, type KeyPress } from "@/core/work/shortcuts";
import type { StructureCommand } from "@/editor/segment-keymap";

const STRUCTURE = ["merge", "split", "moveTargetDown", "moveTargetUp", "unalign", "undo"] as const satisfies readonly StructureCommand[];

/** The structural command of a key press outside the editor (the same table as the editor's keymap). */
export function structureCommandOf(event: KeyPress): StructureCommand | null {
  return shortcutOf(event, STRUCTURE);
}

/** The caret's offset in a segment's source text, when the user placed one there; else undefined. */
export function sourceCaret(segmentId: string): number | undefined {
  const selection = window.getSelection();
  const container = document.querySelector(
    `[data-source-text="${CSS.escape(segmentId)}"] .seg-text, [data-source-text="${CSS.escape(segmentId)}"] .seg-heading`,
  );
  if (!selection || selection.rangeCount === 0 || !container || !container.contains(selection.anchorNode)) return undefined;
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(selection.anchorNode!, selection.anchorOffset);
  return range.toString().length;
}

import { Extension, type Editor } from "@tiptap/core";

export interface SegmentKeymapOptions {
  /**
   * Ctrl/Cmd+Enter: confirm the segment (status translated) and go to the next one.
   * @default () => false
   */
  onConfirm: (editor: Editor) => boolean;
  /**
   * Alt+↑: go to the previous segment.
   * @default () => false
   */
  onPrevious: (editor: Editor) => boolean;
  /**
   * Alt+↓: go to the next segment.
   * @default () => false
   */
  onNext: (editor: Editor) => boolean;
  /**
   * Esc: leave the editor.
   * @default () => false
   */
  onLeave: (editor: Editor) => boolean;
  /**
   * Structural edits of the pair: Ctrl+Shift+J joins with the next segment, Ctrl+Shift+K splits at
   * the cursor, Alt+Shift+↓/↑ move a target sentence to/from the next pair, Ctrl+Shift+U detaches
   * the target as unaligned, Ctrl+Alt+Z undoes the last structural edit.
   * @default () => false
   */
  onStructure: (editor: Editor, command: StructureCommand) => boolean;
  /**
   * Alt+1…9: insert the n-th glossary equivalent offered for this segment at the cursor.
   * @default () => false
   */
  onInsertTerm: (editor: Editor, n: number) => boolean;
  /**
   * Review in one keystroke: Alt+A approves, Alt+R rejects (the app asks for the reason).
   * @default () => false
   */
  onReview: (editor: Editor, verdict: ReviewVerdict) => boolean;
}

export type ReviewVerdict = "approved" | "rejected";

export type StructureCommand = "merge" | "split" | "moveTargetDown" | "moveTargetUp" | "unalign" | "undo";

/** The key of each structural command (shared with the grid's own handler and the help text). */
export const STRUCTURE_KEYS: Record<StructureCommand, string> = {
  merge: "Mod-Shift-j",
  split: "Mod-Shift-k",
  moveTargetDown: "Alt-Shift-ArrowDown",
  moveTargetUp: "Alt-Shift-ArrowUp",
  unalign: "Mod-Shift-u",
  undo: "Mod-Alt-z",
};

/**
 * The translation grid's keyboard, as an editor extension so it wins over the browser and other
 * extensions while a segment is being edited. Each handler gets the editor and returns true when it handled the key.
 */
export const SegmentKeymap = Extension.create<SegmentKeymapOptions>({
  name: "segmentKeymap",

  addOptions() {
    return {
      onConfirm: () => false,
      onPrevious: () => false,
      onNext: () => false,
      onLeave: () => false,
      onStructure: () => false,
      onInsertTerm: () => false,
      onReview: () => false,
    };
  },

  addKeyboardShortcuts() {
    return {
      "Mod-Enter": () => this.options.onConfirm(this.editor),
      "Alt-ArrowUp": () => this.options.onPrevious(this.editor),
      "Alt-ArrowDown": () => this.options.onNext(this.editor),
      Escape: () => this.options.onLeave(this.editor),
      "Alt-a": () => this.options.onReview(this.editor, "approved"),
      "Alt-r": () => this.options.onReview(this.editor, "rejected"),
      ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`Alt-${n}`, () => this.options.onInsertTerm(this.editor, n)])),
      // Letters are bound in both cases: with Shift held, browsers report "J" rather than "j".
      ...Object.fromEntries(
        (Object.entries(STRUCTURE_KEYS) as [StructureCommand, string][]).flatMap(([command, key]) => {
          const run = () => this.options.onStructure(this.editor, command);
          const upper = key.replace(/-([a-z])$/, (_m, letter: string) => `-${letter.toUpperCase()}`);
          return upper === key ? [[key, run]] : [[key, run], [upper, run]];
        }),
      ),
    };
  },
});

import { Extension, type Editor } from "@tiptap/core";
import { keysOf, type ShortcutId } from "@/core/work/shortcuts";

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

const STRUCTURE_COMMANDS: readonly StructureCommand[] = ["merge", "split", "moveTargetDown", "moveTargetUp", "unalign", "undo"];

/** The key of each structural command, from the one shortcut table (core/work/shortcuts.ts). */
export const STRUCTURE_KEYS = Object.fromEntries(STRUCTURE_COMMANDS.map((command) => [command, keysOf(command)[0]])) as Record<StructureCommand, string>;

/** Every key of a shortcut bound to one handler. */
const bind = (id: ShortcutId, run: () => boolean) => keysOf(id).map((key) => [key, run] as const);

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
      ...Object.fromEntries([
        ...bind("confirm", () => this.options.onConfirm(this.editor)),
        ...bind("previous", () => this.options.onPrevious(this.editor)),
        ...bind("next", () => this.options.onNext(this.editor)),
        ...bind("leave", () => this.options.onLeave(this.editor)),
        ...bind("approve", () => this.options.onReview(this.editor, "approved")),
        ...bind("reject", () => this.options.onReview(this.editor, "rejected")),
        ...keysOf("insertTerm").map((key) => [key, () => this.options.onInsertTerm(this.editor, Number(key.slice(-1)))] as const),
      ]),
      // Letters are bound in both cases: with Shift held, browsers report "J" rather than "j".
      ...Object.fromEntries(
        (Object.entries(STRUCTURE_KEYS) as [StructureCommand, string][]).flatMap(([command, key]) => {
          const run = () => this.options.onStructure(this.editor, command);
          const upper = key.replace(/-([a-z])$/, (_m, letter: string) => `-${letter.toUpperCase()}`);
          return upper === key
            ? [[key, run]]
            : [
                [key, run],
                [upper, run],
              ];
        }),
      ),
    };
  },
});

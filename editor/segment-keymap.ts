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
}

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
    };
  },

  addKeyboardShortcuts() {
    return {
      "Mod-Enter": () => this.options.onConfirm(this.editor),
      "Alt-ArrowUp": () => this.options.onPrevious(this.editor),
      "Alt-ArrowDown": () => this.options.onNext(this.editor),
      Escape: () => this.options.onLeave(this.editor),
    };
  },
});

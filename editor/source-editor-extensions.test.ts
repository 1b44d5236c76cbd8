// @vitest-environment happy-dom
import type { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sourceDoc } from "./source-doc";
import { makeSourceEditor } from "./test-source-editor";

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

/** Runs the key through the editor's keydown handlers, as a real keypress would. */
function press(target: Editor, key: string, init: KeyboardEventInit & { keyCode?: number } = {}) {
  const event = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init });
  const handled = target.view.someProp("handleKeyDown", (handler) => handler(target.view, event)) ?? false;
  return handled;
}

describe("source editor keymap", () => {
  it("Alt+G glosses and Alt+N annotates the selected offsets", () => {
    const onGloss = vi.fn(() => true);
    const onAnnotate = vi.fn(() => true);
    editor = makeSourceEditor(sourceDoc("Le risque est réel", []), { onGloss, onAnnotate });
    editor.commands.setTextSelection({ from: 4, to: 10 });
    expect(press(editor, "g", { altKey: true })).toBe(true);
    expect(press(editor, "n", { altKey: true })).toBe(true);
    expect(onGloss).toHaveBeenCalledWith({ start: 3, end: 9 });
    expect(onAnnotate).toHaveBeenCalledWith({ start: 3, end: 9 });
  });

  it("leaves the keys unhandled without a selection", () => {
    const onGloss = vi.fn(() => true);
    editor = makeSourceEditor(sourceDoc("Le risque", []), { onGloss });
    editor.commands.setTextSelection(2);
    expect(press(editor, "g", { altKey: true })).toBe(false);
    expect(onGloss).not.toHaveBeenCalled();
  });

  it("Alt+G on macOS (key ©) falls back to the physical key", () => {
    const onGloss = vi.fn(() => true);
    editor = makeSourceEditor(sourceDoc("Le risque", []), { onGloss });
    editor.commands.setTextSelection({ from: 1, to: 3 });
    press(editor, "©", { altKey: true, keyCode: 71 });
    expect(onGloss).toHaveBeenCalledWith({ start: 0, end: 2 });
  });

  it("Escape calls onLeave when given, and is unhandled otherwise", () => {
    const onLeave = vi.fn(() => true);
    editor = makeSourceEditor(sourceDoc("Le risque", []), { onLeave });
    expect(press(editor, "Escape")).toBe(true);
    expect(onLeave).toHaveBeenCalledOnce();
    editor.destroy();
    editor = makeSourceEditor(sourceDoc("Le risque", []));
    expect(press(editor, "Escape")).toBe(false);
  });
});

// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { flattenPastedText, textToDoc } from "./plain-text";
import { targetEditorExtensions } from "./target-editor-extensions";

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function press(target: Editor, key: string, modifiers: KeyboardEventInit = {}) {
  const event = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...modifiers });
  target.view.dom.dispatchEvent(event);
  return event;
}

function makeEditor(handlers: Parameters<typeof targetEditorExtensions>[0], text = "Hello") {
  editor = new Editor({ element: document.createElement("div"), extensions: targetEditorExtensions(handlers), content: textToDoc(text) });
  return editor;
}

describe("segment keymap", () => {
  it("Ctrl+Enter confirms and does not insert anything", () => {
    const onConfirm = vi.fn(() => true);
    const e = makeEditor({ onConfirm });
    e.commands.focus("end");
    const event = press(e, "Enter", { ctrlKey: true });
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(event.defaultPrevented).toBe(true);
    expect(e.getText()).toBe("Hello");
  });

  it("Alt+↑ and Alt+↓ move, Escape leaves", () => {
    const onPrevious = vi.fn(() => true);
    const onNext = vi.fn(() => true);
    const onLeave = vi.fn(() => true);
    const e = makeEditor({ onPrevious, onNext, onLeave });
    press(e, "ArrowUp", { altKey: true });
    press(e, "ArrowDown", { altKey: true });
    press(e, "Escape");
    expect([onPrevious.mock.calls.length, onNext.mock.calls.length, onLeave.mock.calls.length]).toEqual([1, 1, 1]);
  });

  it("structural shortcuts name their command", () => {
    const commands: string[] = [];
    const e = makeEditor({ onStructure: (_editor, command) => (commands.push(command), true) });
    press(e, "J", { ctrlKey: true, shiftKey: true });
    press(e, "K", { ctrlKey: true, shiftKey: true });
    press(e, "ArrowDown", { altKey: true, shiftKey: true });
    press(e, "ArrowUp", { altKey: true, shiftKey: true });
    press(e, "U", { ctrlKey: true, shiftKey: true });
    press(e, "z", { ctrlKey: true, altKey: true });
    expect(commands).toEqual(["merge", "split", "moveTargetDown", "moveTargetUp", "unalign", "undo"]);
    expect(e.getText()).toBe("Hello");
  });

  it("Alt+1…9 ask for the n-th glossary equivalent, which the handler inserts at the cursor", () => {
    const offered = ["supply chain risk", "Pentagon"];
    const e = makeEditor(
      {
        onInsertTerm: (current, n) =>
          n <= offered.length
            ? current
                .chain()
                .insertContent(offered[n - 1])
                .run()
            : false,
      },
      "A  here",
    );
    e.commands.setTextSelection(3);
    const first = press(e, "1", { altKey: true });
    expect(first.defaultPrevented).toBe(true);
    expect(e.getText()).toBe("A supply chain risk here");
    const none = press(e, "7", { altKey: true });
    expect(none.defaultPrevented).toBe(false);
    expect(e.getText()).toBe("A supply chain risk here");
  });

  it("Alt+A approves and Alt+R rejects, without typing anything", () => {
    const onReview = vi.fn(() => true);
    const e = makeEditor({ onReview }, "Done");
    e.commands.focus("end");
    expect(press(e, "a", { altKey: true }).defaultPrevented).toBe(true);
    expect(press(e, "r", { altKey: true }).defaultPrevented).toBe(true);
    expect(onReview.mock.calls.map((call) => (call as unknown[])[1])).toEqual(["approved", "rejected"]);
    expect(e.getText()).toBe("Done");
  });

  it("plain ArrowDown without Alt is left to the editor", () => {
    const onNext = vi.fn(() => true);
    const e = makeEditor({ onNext });
    press(e, "ArrowDown");
    expect(onNext).not.toHaveBeenCalled();
  });

  it("Enter cannot split the single paragraph of a target", () => {
    const e = makeEditor({}, "One two");
    e.commands.setTextSelection(4);
    expect(e.commands.splitBlock()).toBe(false);
    expect(e.getJSON().content).toHaveLength(1);
  });
});

describe("plain text conversion", () => {
  it("round-trips text through the editor", () => {
    const e = makeEditor({}, "Supply chain risk “quoted” <b>not bold</b>");
    expect(e.getText()).toBe("Supply chain risk “quoted” <b>not bold</b>");
    expect(e.getHTML()).toContain("&lt;b&gt;");
  });
  it("empty text is an empty paragraph", () => {
    expect(textToDoc("")).toEqual({ type: "doc", content: [{ type: "paragraph", content: [] }] });
  });
  it("flattens pasted line breaks into spaces", () => {
    expect(flattenPastedText("one\r\ntwo\n\n three")).toBe("one two three");
  });
});

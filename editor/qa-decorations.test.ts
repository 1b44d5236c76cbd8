// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { textToDoc } from "./plain-text";
import { currentQaSpans, setQaSpans, type QaSpan } from "./qa-decorations";
import { targetEditorExtensions } from "./target-editor-extensions";

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function makeEditor(text: string) {
  editor = new Editor({ element: document.createElement("div"), extensions: targetEditorExtensions({}), content: textToDoc(text) });
  return editor;
}

const TEXT = "It cost $300 million on Friday.";
const NUMBER: QaSpan = { start: 9, end: 12, severity: "error", code: "number", message: "200 is missing; 300 is not in the French." };

describe("QA decorations in the target editor", () => {
  it("underlines the issue's span with its severity and message, without touching the text", () => {
    const e = makeEditor(TEXT);
    expect(setQaSpans(e, TEXT, [NUMBER])).toBe(true);
    const underlined = e.view.dom.querySelector(".qa-issue");
    expect(underlined?.textContent).toBe("300");
    expect(underlined?.classList.contains("qa-issue--error")).toBe(true);
    expect(underlined?.getAttribute("title")).toBe(NUMBER.message);
    expect(e.getText()).toBe(TEXT);
    expect(e.getHTML()).not.toContain("qa-issue");
  });

  it("shows an issue inside a whole-segment one with its own code and message (overlaps are cut, not merged away)", () => {
    const e = makeEditor(TEXT);
    const LENGTH: QaSpan = { start: 0, end: TEXT.length, severity: "warning", code: "length", message: "The translation is short." };
    setQaSpans(e, TEXT, [LENGTH, NUMBER]);
    const pieces = [...e.view.dom.querySelectorAll(".qa-issue")];
    expect(pieces.map((piece) => piece.textContent).join("")).toBe(TEXT);
    const inner = pieces.find((piece) => piece.textContent === "300");
    expect(inner?.getAttribute("data-qa-code")?.split(" ").sort()).toEqual(["length", "number"]);
    expect(inner?.classList.contains("qa-issue--error")).toBe(true);
    expect(inner?.getAttribute("title")).toContain(NUMBER.message);
    expect(inner?.getAttribute("title")).toContain(LENGTH.message);
    expect(pieces.find((piece) => piece.textContent === "It cost $")?.getAttribute("data-qa-code")).toBe("length");
    expect(
      currentQaSpans(e)
        .map(({ code, start, end }) => [code, start, end])
        .sort(),
    ).toEqual([
      ["length", 0, TEXT.length],
      ["number", 9, 12],
    ]);
  });

  it("moves the underline with its words while the user types before it", () => {
    const e = makeEditor(TEXT);
    setQaSpans(e, TEXT, [NUMBER]);
    e.commands.insertContentAt(1, "Then ");
    expect(currentQaSpans(e)).toMatchObject([{ start: 14, end: 17 }]);
    expect(e.view.dom.querySelector(".qa-issue")?.textContent).toBe("300");
    expect(e.getText()).toBe(`Then ${TEXT}`);
  });

  it("drops an answer about a text that has changed since, and replaces the spans on the next answer", () => {
    const e = makeEditor(TEXT);
    expect(setQaSpans(e, "It cost $300 million", [NUMBER])).toBe(false);
    expect(e.view.dom.querySelector(".qa-issue")).toBeNull();
    setQaSpans(e, TEXT, [NUMBER]);
    setQaSpans(e, TEXT, []);
    expect(e.view.dom.querySelector(".qa-issue")).toBeNull();
  });

  it("marks an empty span with a point, and paints no ignored issue", () => {
    const e = makeEditor(TEXT);
    setQaSpans(e, TEXT, [
      { start: TEXT.length, end: TEXT.length, severity: "warning", code: "date", message: "Thursday is missing." },
      { ...NUMBER, ignored: true },
    ]);
    const point = e.view.dom.querySelector(".qa-point");
    expect(point?.getAttribute("aria-label")).toBe("Thursday is missing.");
    expect(e.view.dom.querySelector(".qa-issue")).toBeNull();
    expect(e.getText()).toBe(TEXT);
  });

  it("is not part of the undo history", () => {
    const e = makeEditor(TEXT);
    e.commands.insertContentAt(1, "A");
    setQaSpans(e, `A${TEXT}`, [{ ...NUMBER, start: 10, end: 13 }]);
    e.commands.undo();
    expect(e.getText()).toBe(TEXT);
  });
});

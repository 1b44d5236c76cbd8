// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { isSubmitShortcut, returnCandidates, wrapTarget } from "./dialog-focus";

const buttons = (n: number) => Array.from({ length: n }, (_, k) => Object.assign(document.createElement("button"), { id: `b${k}` }));
const key = (over: Partial<KeyboardEvent>) => ({ key: "Enter", ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...over });

describe("wrapTarget", () => {
  const [a, b, c] = buttons(3);
  it("wraps Tab from the last control to the first, Shift+Tab from the first to the last", () => {
    expect(wrapTarget([a, b, c], c, false)).toBe(a);
    expect(wrapTarget([a, b, c], a, true)).toBe(c);
  });
  it("leaves Tab between two inner controls to the browser", () => {
    expect(wrapTarget([a, b, c], a, false)).toBeNull();
    expect(wrapTarget([a, b, c], c, true)).toBeNull();
    expect(wrapTarget([a, b, c], b, true)).toBeNull();
  });
  it("pulls focus back in from outside, at the end Tab would reach", () => {
    expect(wrapTarget([a, b, c], document.body, false)).toBe(a);
    expect(wrapTarget([a, b, c], null, true)).toBe(c);
  });
  it("does nothing for a dialog without controls", () => {
    expect(wrapTarget([], a, false)).toBeNull();
  });
});

describe("isSubmitShortcut", () => {
  it("is Ctrl+Enter or Cmd+Enter", () => {
    expect(isSubmitShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isSubmitShortcut(key({ metaKey: true }))).toBe(true);
  });
  it("is not Enter alone (a new line in a text box), nor with Shift or Alt", () => {
    expect(isSubmitShortcut(key({}))).toBe(false);
    expect(isSubmitShortcut(key({ ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isSubmitShortcut(key({ ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSubmitShortcut(key({ key: "a", ctrlKey: true }))).toBe(false);
  });
});

describe("returnCandidates", () => {
  it("puts the element the user was on first, then the fallback, then <main>", () => {
    document.body.innerHTML = `<main><button id="was">x</button><div id="editor" contenteditable="true"></div></main>`;
    const was = document.getElementById("was")!;
    const editor = document.getElementById("editor")!;
    expect(returnCandidates(was, () => editor, document)).toEqual([was, editor, document.querySelector("main")]);
  });
  it("skips an element that has left the page, and never offers <body>", () => {
    document.body.innerHTML = `<main><div id="editor" contenteditable="true"></div></main>`;
    const gone = document.createElement("button");
    const editor = document.getElementById("editor")!;
    expect(returnCandidates(gone, () => editor, document)).toEqual([editor, document.querySelector("main")]);
    const candidates = returnCandidates(document.body, () => document.body, document);
    expect(candidates).toEqual([document.querySelector("main")]);
    // <main> can take focus, and stays out of the Tab order.
    expect(candidates[0].getAttribute("tabindex")).toBe("-1");
  });
});

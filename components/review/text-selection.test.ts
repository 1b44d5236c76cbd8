// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { segmentOfSelection, targetSelectionIn } from "./text-selection";

function select(html: string, from: [string, number], to: [string, number]) {
  rangeOf(html, from, to);
  return targetSelectionIn(window.getSelection());
}

/** Sets the window's selection from (selector, offset) to (selector, offset); a selector ending in
 * "/" means the element itself (an element boundary), otherwise its first text node. */
function rangeOf(html: string, from: [string, number], to: [string, number]) {
  document.body.innerHTML = html;
  const textOf = (selector: string) =>
    selector.endsWith("/") ? document.querySelector(selector.slice(0, -1))! : document.querySelector(selector)!.firstChild!;
  const range = document.createRange();
  range.setStart(textOf(from[0]), from[1]);
  range.setEnd(textOf(to[0]), to[1]);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

describe("targetSelectionIn", () => {
  it("maps a selection to offsets in the target text", () => {
    const html = `<p data-target-of="s1" data-target-text="The Pentagon wants guarantees."><span id="a">The Pentagon wants guarantees.</span></p>`;
    expect(select(html, ["#a", 4], ["#a", 12])).toEqual({ segmentId: "s1", start: 4, end: 12, exact: "Pentagon" });
  });

  it("skips the deleted words of a tracked change", () => {
    const html = `<p data-target-of="s1" data-target-text="The Pentagon demands guarantees."><span id="a">The Pentagon </span><del id="d">wants</del><ins id="i">demands</ins><span id="b"> guarantees.</span></p>`;
    expect(select(html, ["#i", 0], ["#b", 11])).toEqual({ segmentId: "s1", start: 13, end: 31, exact: "demands guarantees" });
  });

  it("refuses selections across segments or outside targets", () => {
    const html = `<p data-target-of="s1" data-target-text="One."><span id="a">One.</span></p><p data-target-of="s2" data-target-text="Two."><span id="b">Two.</span></p><p><span id="c">French</span></p>`;
    expect(select(html, ["#a", 0], ["#b", 2])).toBeNull();
    expect(select(html, ["#c", 0], ["#c", 3])).toBeNull();
  });
});

describe("a drag that overshoots the end of a segment", () => {
  // As review mode renders a paragraph: each segment's text in its span, a badge and a space after it.
  const paragraph = `<p id="p"><span id="w1"><span id="s1" data-segment-id="s1" data-target-of="s1" data-target-text="The group refuses.">The group refuses.</span><span id="n1">2</span> </span><span id="w2"><span id="s2" data-segment-id="s2" data-target-of="s2" data-target-text="Third one.">Third one.</span> </span></p>`;

  it("still means that segment's words, up to its end", () => {
    rangeOf(paragraph, ["#s1", 4], ["#w1/", 3]);
    expect(targetSelectionIn(window.getSelection())).toEqual({ segmentId: "s1", start: 4, end: 18, exact: "group refuses." });
    expect(segmentOfSelection(window.getSelection())).toBe("s1");
    rangeOf(paragraph, ["#s2", 0], ["#p/", 2]);
    expect(targetSelectionIn(window.getSelection())).toEqual({ segmentId: "s2", start: 0, end: 10, exact: "Third one." });
  });

  it("means no segment once it reaches into the next one's text", () => {
    rangeOf(paragraph, ["#s1", 4], ["#s2", 3]);
    expect(targetSelectionIn(window.getSelection())).toBeNull();
    expect(segmentOfSelection(window.getSelection())).toBeNull();
  });

  it("finds the segment of a selection inside one, in either column", () => {
    rangeOf(`<p><span id="f" data-segment-id="s9">Le groupe refuse.</span></p>`, ["#f", 3], ["#f", 9]);
    expect(segmentOfSelection(window.getSelection())).toBe("s9");
    expect(targetSelectionIn(window.getSelection())).toBeNull();
  });
});

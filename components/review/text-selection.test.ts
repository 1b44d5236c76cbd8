// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { targetSelectionIn } from "./text-selection";

function select(html: string, from: [string, number], to: [string, number]) {
  document.body.innerHTML = html;
  const textOf = (selector: string) => document.querySelector(selector)!.firstChild!;
  const range = document.createRange();
  range.setStart(textOf(from[0]), from[1]);
  range.setEnd(textOf(to[0]), to[1]);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return targetSelectionIn(selection);
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

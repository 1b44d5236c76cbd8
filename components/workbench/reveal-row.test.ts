import { describe, expect, it } from "vitest";
import { revealDelta } from "./reveal-row";

const view = { top: 100, bottom: 500 };

describe("revealDelta", () => {
  it("leaves an item that is wholly in view where it is", () => {
    expect(revealDelta(view, { top: 200, bottom: 300 })).toBe(0);
  });
  it("scrolls down just enough to show an item cut at the bottom, with the margin", () => {
    expect(revealDelta(view, { top: 450, bottom: 560 }, 6)).toBe(66);
  });
  it("scrolls up to show an item hidden under the top edge", () => {
    expect(revealDelta(view, { top: 80, bottom: 160 }, 6)).toBe(-26);
  });
  it("aligns an item taller than the view on its top rather than its bottom", () => {
    expect(revealDelta(view, { top: 300, bottom: 900 }, 6)).toBe(194);
  });
  it("shows an item far below the view", () => {
    expect(revealDelta(view, { top: 2000, bottom: 2080 }, 0)).toBe(1580);
  });
});

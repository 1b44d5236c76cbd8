import { describe, expect, it } from "vitest";
import { afterConfirm, nextFlagged, parseSegmentNumber } from "./next-segment";

describe("afterConfirm", () => {
  const statuses = ["translated", "new", "approved", "reviewed", "draft", "rejected", "translated"];

  it("skips confirmed, reviewed and approved segments to the next one still to confirm", () => {
    expect(afterConfirm(statuses, 1, "nextUnconfirmed")).toEqual({ to: 4 });
    expect(afterConfirm(statuses, 4, "nextUnconfirmed")).toEqual({ to: 5 });
  });

  it("goes to the very next segment when the user chose so", () => {
    expect(afterConfirm(statuses, 1, "nextSegment")).toEqual({ to: 2 });
  });

  it("does not wrap round at the last segment to confirm: it says how many remain before", () => {
    expect(afterConfirm(statuses, 5, "nextUnconfirmed")).toEqual({ to: null, remaining: 2 });
    expect(afterConfirm(["new", "translated"], 0, "nextUnconfirmed")).toEqual({ to: null, remaining: 0 });
    expect(afterConfirm(statuses, 6, "nextSegment")).toEqual({ to: null, remaining: 0 });
  });
});

describe("nextFlagged", () => {
  const flags = [false, true, false, false, true, false];
  it("finds the nearest flagged row in either direction, or none", () => {
    expect(nextFlagged(flags, 1, 1)).toBe(4);
    expect(nextFlagged(flags, 4, -1)).toBe(1);
    expect(nextFlagged(flags, 4, 1)).toBeNull();
    expect(nextFlagged(flags, 1, -1)).toBeNull();
  });
  it("starts from the ends when no row is open", () => {
    expect(nextFlagged(flags, -1, 1)).toBe(1);
    expect(nextFlagged(flags, -1, -1)).toBe(4);
  });
});

describe("parseSegmentNumber", () => {
  it("accepts a whole number within the document and says what is wrong otherwise", () => {
    expect(parseSegmentNumber(" 12 ", 40)).toEqual({ number: 12 });
    expect(parseSegmentNumber("0", 40)).toEqual({ problem: "outOfRange" });
    expect(parseSegmentNumber("41", 40)).toEqual({ problem: "outOfRange" });
    expect(parseSegmentNumber("1.5", 40)).toEqual({ problem: "notANumber" });
    expect(parseSegmentNumber("", 40)).toEqual({ problem: "notANumber" });
  });
});

import { describe, expect, it } from "vitest";
import { joinText, splitText } from "../segments/restructure";
import { shiftForMerge, shiftForSplit } from "./shift-anchors";

interface Note {
  id: string;
  start: number;
  end: number;
  exact: string;
}

const note = (text: string, id: string, quote: string): Note => {
  const start = text.indexOf(quote);
  return { id, start, end: start + quote.length, exact: quote };
};

describe("shiftForMerge", () => {
  it("moves the second segment's anchors after the joining space and keeps other fields", () => {
    const first = "Il pleut.  ";
    const second = "\n Il vente fort.";
    const a = note(first, "a", "pleut");
    const b = note(second, "b", "vente");
    const merged = shiftForMerge(first, second, [a], [b]);
    const text = joinText(first, second);
    expect(text).toBe("Il pleut. Il vente fort.");
    expect(merged).toEqual([a, { ...b, start: 13, end: 18 }]);
    expect(merged.map((n) => text.slice(n.start, n.end))).toEqual(["pleut", "vente"]);
    expect(merged[0]).not.toBe(a);
  });

  it("clamps an anchor that ended in trimmed whitespace", () => {
    const merged = shiftForMerge("Il pleut. \n", "Il vente.", [{ start: 3, end: 11 }], [{ start: 0, end: 2 }]);
    expect(merged).toEqual([
      { start: 3, end: 9 },
      { start: 10, end: 12 },
    ]);
  });

  it("handles empty and blank segments as joinText does", () => {
    expect(shiftForMerge("", "  Il vente.", [], [{ start: 2, end: 4 }])).toEqual([{ start: 0, end: 2 }]);
    expect(shiftForMerge("Il pleut.", "   ", [{ start: 0, end: 2 }], [])).toEqual([{ start: 0, end: 2 }]);
  });
});

describe("shiftForSplit", () => {
  it("sends anchors to the half they lie in, re-based, and keeps those across the cut apart", () => {
    const source = "Il pleut.  Il vente fort.";
    const anchors = [note(source, "a", "pleut"), note(source, "b", "vente"), note(source, "c", "pleut.  Il")];
    const { first, second, cut } = shiftForSplit(source, 9, anchors);
    expect(splitText(source, 9)).toEqual(["Il pleut.", "Il vente fort."]);
    expect(first).toEqual([anchors[0]]);
    expect(second).toEqual([{ ...anchors[1], start: 3, end: 8 }]);
    expect(cut).toEqual([anchors[2]]);
    expect(cut[0]).toBe(anchors[2]);
  });

  it("clamps anchors reaching into the whitespace trimmed at the cut", () => {
    const source = "Il pleut.   Il vente.";
    const { first, second } = shiftForSplit(source, 10, [
      { start: 3, end: 10 },
      { start: 10, end: 14 },
    ]);
    expect(first).toEqual([{ start: 3, end: 9 }]);
    expect(second).toEqual([{ start: 0, end: 2 }]);
  });
});

describe("quotes survive restructuring (randomised)", () => {
  let seed = 2024;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const int = (n: number) => Math.floor(random() * n);
  // French text with the whitespace that trimming touches: spaces, line breaks, (narrow) no-break spaces.
  const pieces = ["Le", "Pentagone", "a", "refusé", "«", "»", " ", " ", "\n", "\u00a0", "\u202f", "\t", ":", "IA", "é"];
  const text = () => Array.from({ length: int(12) }, () => pieces[int(pieces.length)]).join("");
  const anchors = (t: string, n: number): Note[] =>
    Array.from({ length: n }, (_, k) => {
      const start = int(t.length);
      const end = start + 1 + int(t.length - start);
      return { id: `n${k}`, start, end, exact: t.slice(start, end) };
    }).filter((a) => a.end <= t.length);

  /** The new quote is the old one, or the old one less whitespace dropped at the joint. */
  function expectSameQuote(now: string, before: string, droppedSide: "end" | "start") {
    expect(now.trim()).toBe(before.trim());
    expect(droppedSide === "end" ? before.startsWith(now) : before.endsWith(now)).toBe(true);
  }

  it("merges", () => {
    for (let run = 0; run < 1000; run++) {
      const first = text();
      const second = text();
      const a = anchors(first, 3);
      const b = anchors(second, 3);
      const joined = joinText(first, second);
      const merged = shiftForMerge(first, second, a, b);
      expect(merged.map((n) => n.id)).toEqual([...a, ...b].map((n) => n.id));
      merged.forEach((n, k) => {
        expect(0 <= n.start && n.start <= n.end && n.end <= joined.length).toBe(true);
        const now = joined.slice(n.start, n.end);
        if (k < a.length) {
          if (n.exact === n.exact.trimEnd() || first.slice(n.end).trim() !== "") expect(now).toBe(n.exact);
          expectSameQuote(now, n.exact, "end");
        } else {
          if (n.exact === n.exact.trimStart() || second.slice(0, b[k - a.length].start).trim() !== "") expect(now).toBe(n.exact);
          expectSameQuote(now, n.exact, "start");
        }
      });
    }
  });

  it("splits", () => {
    for (let run = 0; run < 1000; run++) {
      const source = text();
      const offset = run % 50 === 0 ? [-3, source.length + 4, 2.5, Number.NaN][run % 4] : int(source.length + 1);
      const given = anchors(source, 4);
      const [before, after] = splitText(source, offset);
      const { first, second, cut } = shiftForSplit(source, offset, given);
      expect(first.length + second.length + cut.length).toBe(given.length);
      for (const n of first) {
        expect(n.end).toBeLessThanOrEqual(before.length);
        expectSameQuote(before.slice(n.start, n.end), n.exact, "end");
      }
      for (const n of second) {
        expect(n.start).toBeGreaterThanOrEqual(0);
        expectSameQuote(after.slice(n.start, n.end), n.exact, "start");
      }
      for (const n of cut) {
        expect(given).toContain(n);
        expect(source.slice(n.start, n.end)).toBe(n.exact);
      }
    }
  });
});

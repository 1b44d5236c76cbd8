import { describe, expect, it } from "vitest";
import {
  defaultSourceSplit,
  joinText,
  mergePairs,
  moveFirstTargetSentenceUp,
  moveLastTargetSentenceDown,
  splitPair,
  textFingerprint,
  unalignTarget,
  type Pair,
} from "./restructure";

describe("restructuring pairs", () => {
  it("merges sources and targets with one space", () => {
    expect(mergePairs({ source: "Il pleut. ", target: "It rains." }, { source: " Il vente.", target: "" })).toEqual({
      source: "Il pleut. Il vente.",
      target: "It rains.",
    });
    expect(joinText("", "x")).toBe("x");
  });

  it("splits at offsets and undoes a merge exactly", () => {
    const a = { source: "M. Dupont arrive.", target: "Mr Dupont arrives." };
    const b = { source: "Il pleut.", target: "It rains." };
    const merged = mergePairs(a, b);
    expect(splitPair(merged, a.source.length, a.target.length)).toEqual([a, b]);
  });

  it("moves the last target sentence down and the first one up", () => {
    const upper = { source: "A.", target: "One. Two." };
    const lower = { source: "B.", target: "Three." };
    const down = moveLastTargetSentenceDown(upper, lower)!;
    expect(down).toEqual([
      { source: "A.", target: "One." },
      { source: "B.", target: "Two. Three." },
    ]);
    expect(moveFirstTargetSentenceUp(down[0], down[1])).toEqual([upper, lower]);
    expect(moveLastTargetSentenceDown({ source: "A.", target: "" }, lower)).toBeNull();
  });

  it("detaches a target as an unaligned pair", () => {
    expect(unalignTarget({ source: "Bonjour.", target: "Hello." })).toEqual([
      { source: "Bonjour.", target: "" },
      { source: "", target: "Hello." },
    ]);
    expect(unalignTarget({ source: "", target: "x" })).toBeNull();
  });

  it("suggests splitting after the first sentence", () => {
    expect(defaultSourceSplit("M. Dupont arrive. Il pleut.")).toBe("M. Dupont arrive.".length);
  });

  it("never loses text over any sequence of operations (randomised)", () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const words = ["Le", "Pentagone", "a", "refusé.", "Il", "pleut", "«", "vite", "»", "3,5", "%."];
    const sentence = () => Array.from({ length: 2 + Math.floor(random() * 5) }, () => words[Math.floor(random() * words.length)]).join(" ") + ".";
    for (let run = 0; run < 200; run++) {
      let pairs: Pair[] = Array.from({ length: 4 }, () => ({ source: sentence(), target: random() < 0.8 ? `${sentence()} ${sentence()}` : "" }));
      const source = textFingerprint(pairs, "source");
      const target = textFingerprint(pairs, "target");
      for (let step = 0; step < 12 && pairs.length > 1; step++) {
        const i = Math.floor(random() * (pairs.length - 1));
        const op = Math.floor(random() * 5);
        const [a, b] = [pairs[i], pairs[i + 1]];
        let replaced: Pair[] | null = null;
        if (op === 0) replaced = [mergePairs(a, b), ...[]];
        if (op === 1) replaced = [...splitPair(a, Math.floor(random() * (a.source.length + 1)), Math.floor(random() * (a.target.length + 1))), b];
        if (op === 2) replaced = moveLastTargetSentenceDown(a, b);
        if (op === 3) replaced = moveFirstTargetSentenceUp(a, b);
        if (op === 4) replaced = unalignTarget(a) ? [...unalignTarget(a)!, b] : null;
        if (replaced) pairs = [...pairs.slice(0, i), ...replaced, ...pairs.slice(i + 2)];
        expect(textFingerprint(pairs, "source")).toBe(source);
        expect(textFingerprint(pairs, "target")).toBe(target);
      }
    }
  });
});

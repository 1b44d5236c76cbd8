import { describe, expect, it } from "vitest";
import { scoreSegmentation } from "./score-segmentation";

describe("scoreSegmentation", () => {
  it("scores a perfect segmentation 1 and ignores differences in spacing", () => {
    const gold = [["Il pleut.", "Il vente."]];
    expect(scoreSegmentation([["Il  pleut.", " Il vente.\u00a0"]], gold)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it("counts a merged pair as one wrong prediction and two misses", () => {
    const score = scoreSegmentation([["Il pleut. Il vente.", "Fin."]], [["Il pleut.", "Il vente.", "Fin."]]);
    expect(score.precision).toBeCloseTo(1 / 2);
    expect(score.recall).toBeCloseTo(1 / 3);
    expect(score.f1).toBeCloseTo(0.4);
  });

  it("matches within the same paragraph only, and each gold sentence once", () => {
    const score = scoreSegmentation([["Oui.", "Oui."], ["Non."]], [["Oui."], ["Oui."]]);
    expect(score.precision).toBeCloseTo(1 / 3);
    expect(score.recall).toBeCloseTo(1 / 2);
  });

  it("rejects predictions for a different number of paragraphs", () => {
    expect(() => scoreSegmentation([], [["Oui."]])).toThrow(RangeError);
  });
});

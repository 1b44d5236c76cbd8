import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "./align-sentences";
import { bandAround, diagonal } from "./band";
import { beadCost, opensTurn, prefixSums, type SentenceFeatures } from "./bead-cost";
import { indexEvidence, PairTable } from "./evidence-index";
import { lengthCost } from "./length-model";

describe("lengthCost", () => {
  it("is zero for lengths in the expected ratio and grows with the mismatch", () => {
    expect(lengthCost(100, 100, 1)).toBeCloseTo(0, 5);
    expect(lengthCost(100, 110, 1.1)).toBeCloseTo(0, 5);
    const costs = [100, 120, 150, 200].map((target) => lengthCost(100, target, 1));
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    expect(costs[3]).toBeGreaterThan(5);
    expect(Number.isFinite(lengthCost(1000, 1, 1))).toBe(true);
  });
});

describe("opensTurn", () => {
  it("recognises quotations and dialogue dashes of both languages", () => {
    for (const sentence of ["« Viens ! »", "— Oui, dit-il.", "--Comment !", '" Yes, " he said.', "'Oh! the Duchess!", "“Well.”"]) {
      expect(opensTurn(sentence)).toBe(true);
    }
    expect(opensTurn("Il dit : « Viens. »")).toBe(false);
  });
});

describe("beadCost", () => {
  // One source sentence, two target sentences of the right lengths, no lexical evidence.
  const index = indexEvidence(
    [[]],
    [[], []],
    () => 1,
    () => false,
  );
  const band = bandAround(diagonal(1, 2), 1, 2, 2);
  const pairs = PairTable.of(index, band, 4, 4);
  const features = (targetTurns: number[]): SentenceFeatures => ({
    sourceLength: prefixSums([100]),
    targetLength: prefixSums([50, 50]),
    sourceTurns: prefixSums([0]),
    targetTurns: prefixSums(targetTurns),
    ratio: 1,
  });
  const oneToTwo = DEFAULT_WEIGHTS.shapes.findIndex((s) => s.source === 1 && s.target === 2);

  it("charges a sentence opening a quotation inside a bead, not at its start", () => {
    const plain = beadCost(DEFAULT_WEIGHTS, features([0, 0]), index, pairs)(1, 2, oneToTwo);
    const quoteFirst = beadCost(DEFAULT_WEIGHTS, features([1, 0]), index, pairs)(1, 2, oneToTwo);
    const quoteInside = beadCost(DEFAULT_WEIGHTS, features([0, 1]), index, pairs)(1, 2, oneToTwo);
    expect(quoteFirst).toBeCloseTo(plain);
    expect(quoteInside - plain).toBeCloseTo(DEFAULT_WEIGHTS.innerTurnCost.target);
  });

  it("prices an unaligned sentence at its shape cost whatever its length", () => {
    const zeroOne = DEFAULT_WEIGHTS.shapes.findIndex((s) => s.source === 0 && s.target === 1);
    expect(beadCost(DEFAULT_WEIGHTS, features([0, 0]), index, pairs)(0, 1, zeroOne)).toBe(DEFAULT_WEIGHTS.shapes[zeroOne].cost);
  });
});

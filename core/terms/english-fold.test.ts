import { describe, expect, it } from "vitest";
import { englishWords, findEnglishPhrase, foldEnglishWord } from "./english-fold";

// [phrase, text, expected matched texts]. Positive rows first, then negative ones.
const CASES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ["supply chain risk", "a supply chain risk", ["supply chain risk"]],
  ["supply chain risk", "two supply chain risks", ["supply chain risks"]],
  ["supply chain risk", "the supply-chain risk's scope", ["supply-chain risk's"]],
  ["supply chain risk", "all Supply Chain Risks’ costs", ["Supply Chain Risks"]],
  ["supply-chain risk", "a supply chain risk", ["supply chain risk"]],
  ["risk", "RISK and risks", ["RISK", "risks"]],
  ["policy", "their policies", ["policies"]],
  ["class", "two classes", ["classes"]],
  ["box", "many boxes", ["boxes"]],
  ["analysis", "the analysis", ["analysis"]],
  ["status", "the status quo", ["status"]],
  ["café", "a cafe and a Café", ["cafe", "Café"]],
  ["R&D", "R&D spending", ["R&D"]],
  // Punctuation between words is not looked at, like the French matcher's glue is not for a comma.
  ["chain risk", "chains, risk", ["chains, risk"]],
  // Negative rows.
  ["supply chain risk", "supply of chain risk", []],
  ["risk", "risky business", []],
  ["risk", "brisk walk", []],
  ["supply chain risk", "supply chain", []],
  ["its", "it", []],
];

describe("findEnglishPhrase", () => {
  it.each(CASES)("%s in %s", (phrase, text, expected) => {
    expect(findEnglishPhrase(englishWords(text), phrase).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

describe("foldEnglishWord", () => {
  it.each([
    ["risks", "risk"],
    ["risk's", "risk"],
    ["risk’s", "risk"],
    ["Policies", "policy"],
    ["its", "its"],
    ["gas", "gas"],
    ["bus", "bus"],
    ["churches", "church"],
    ["don't", "don't"],
  ])("%s → %s", (word, key) => {
    expect(foldEnglishWord(word)).toBe(key);
  });
});

import { describe, expect, it } from "vitest";
import { countWords } from "./count-words";

describe("countWords", () => {
  it("counts French words, an elided word with its host (as CAT tools do), numbers as words", () => {
    // Unicode word boundaries keep « s’est » and « d’un » whole: 10 words.
    expect(countWords("Le différend s’est envenimé autour d’un contrat de 200 millions.")).toBe(10);
  });
  it("ignores punctuation and spaces", () => {
    expect(countWords(" « … » — !")).toBe(0);
    expect(countWords("")).toBe(0);
  });
  it("counts English words", () => {
    expect(countWords("The supply chain risk, it said.", "en")).toBe(6);
  });
});

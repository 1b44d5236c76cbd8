import { describe, expect, it } from "vitest";
import { countWords } from "./count-words";

describe("countWords", () => {
  it("counts an elided word with its host, as Unicode word boundaries do", () => {
    expect(countWords("Le différend s’est envenimé autour d’un contrat de 200 millions.")).toBe(10);
  });
  it.each([
    ["peut-être", 1],
    ["3,5 % des 1 200 000 habitants", 4],
    // Plain spaces are ambiguous (« 1 200 » or two numbers?): counted apart, like Intl.Segmenter.
    ["1 200 000 habitants", 4],
    ["1\u202f200\u202f000 euros", 2],
    ["$1,200.50 in the U.S. budget", 6],
    ["don't stop", 2],
    [" « … » — !", 0],
    ["", 0],
    ["naïve façon Œuvre", 3],
  ])("%s → %i", (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
  it("agrees with Intl.Segmenter on running French text", () => {
    const text =
      "Jeudi, le patron d’Anthropic, Dario Amodei, avait franchi le point de non-retour en déclarant publiquement que son entreprise « ne peut pas en bonne conscience accéder » aux demandes du Pentagone.";
    const intl = [...new Intl.Segmenter("fr", { granularity: "word" }).segment(text)].filter((s) => s.isWordLike).length;
    expect(countWords(text)).toBe(intl - 1); // Intl splits « non-retour » in two; we count one word
  });
});

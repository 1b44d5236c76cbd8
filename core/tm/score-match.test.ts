import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchTokens } from "./match-tokens";
import { scoreMatch } from "./score-match";

const BASE = "Le ministère de la Défense a signé un contrat de 200 millions de dollars avec la société.";

describe("match tokens", () => {
  it("reads numbers, tags and placeholders as their own tokens, words by their keys", () => {
    const t = matchTokens("Cliquez sur {1} puis <1/> : %s chaînes, 1 234,5 €");
    const read = Array.from({ length: t.count }, (_, i) => [t.kinds[i], t.keys[i]]);
    expect(read).toEqual([
      [0, "cliquez"],
      [0, "sur"],
      [2, "{1}"],
      [0, "pui"],
      [2, "<1/>"],
      [3, ":"],
      [2, "%s"],
      [0, "chaîn"],
      [3, ","],
      [1, "1234.5"],
      [3, "€"],
    ]);
    expect(t.major).toBe(5);
  });

  it("keeps digits inside words as words («h30», «2e»)", () => {
    const t = matchTokens("à 14h30 la 2e fois");
    expect(t.kinds.filter((k) => k === 1)).toEqual([]);
  });
});

describe("scoreMatch", () => {
  it("gives 100 only to identical texts", () => {
    expect(scoreMatch(BASE, BASE)).toBe(100);
    expect(scoreMatch(BASE, BASE.replace("Défense a", "Défense  a"))).toBe(99.9);
    expect(scoreMatch(BASE, BASE.replace(".", " !"))).toBeLessThan(100);
    expect(scoreMatch(BASE, BASE.replace(".", " !"))).toBeGreaterThanOrEqual(99);
  });

  it("prices an inflection or a case change below a different word", () => {
    const inflected = scoreMatch("La chaîne est longue.", "La chaînes est longue.");
    const cased = scoreMatch("La chaîne est longue.", "La Chaîne est longue.");
    const replaced = scoreMatch("La chaîne est longue.", "La corde est longue.");
    expect(cased).toBeGreaterThan(inflected);
    expect(inflected).toBeGreaterThan(replaced);
    expect(replaced).toBe(75);
  });

  it("prices a different number, a tag or punctuation little", () => {
    const number = scoreMatch(BASE, BASE.replace("200", "300"));
    const word = scoreMatch(BASE, BASE.replace("contrat", "accord"));
    expect(number).toBeGreaterThan(word);
    expect(number).toBeGreaterThan(97);
    expect(scoreMatch("Ouvrez {1} ici maintenant.", "Ouvrez {2} ici maintenant.")).toBeGreaterThan(96);
  });

  it("folds «de la» and «des» as one inflected token", () => {
    expect(scoreMatch("désignation de la chaîne", "désignation des chaînes")).toBeGreaterThan(60);
  });
});

const vocabulary = ["chaîne", "contrat", "armée", "société", "modèle", "sécurité", "données", "usage", "guerre", "loi"];
const sentence = fc.array(fc.constantFrom(...vocabulary, ",", "12", "{1}"), { minLength: 1, maxLength: 12 }).map((w) => w.join(" "));

describe("scoreMatch properties", () => {
  it("is symmetric and bounded, and 100 exactly for identical text", () => {
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const s = scoreMatch(a, b);
        expect(s).toBe(scoreMatch(b, a));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(100);
        expect(s === 100).toBe(a === b);
      }),
    );
  });

  it("never scores more edits higher", () => {
    const words = fc.array(fc.constantFrom(...vocabulary), { minLength: 2, maxLength: 15 });
    fc.assert(
      fc.property(words, fc.array(fc.nat(), { minLength: 2, maxLength: 6 }), (list, picks) => {
        // Replace distinct positions with words from outside the vocabulary, one more each time.
        const positions = [...new Set(picks.map((p) => p % list.length))];
        let previous = 100;
        const edited = [...list];
        positions.forEach((p, k) => {
          edited[p] = `mot${k}`;
          const s = scoreMatch(list.join(" "), edited.join(" "));
          expect(s).toBeLessThanOrEqual(previous);
          previous = s;
        });
        // An insertion after the substitutions costs more still.
        expect(scoreMatch(list.join(" "), [...edited, "ajout"].join(" "))).toBeLessThanOrEqual(previous);
      }),
    );
  });
});

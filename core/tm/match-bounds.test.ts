import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canReach, lengthRange, unitBound, unseenBound } from "./match-bounds";
import { matchTokens } from "./match-tokens";
import { indexKeyList } from "./index-keys";
import { scoreMatch } from "./score-match";

const vocabulary = ["chaîne", "chaînes", "contrat", "armée", "Armée", "société", "la", "les", "de", "des", "guerre", "loi", "12", "13", ",", "{1}"];
const sentence = fc.array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 14 }).map((w) => w.join(" "));

/** Words of one text whose key the other lacks (what the lookup knows from the index alone). */
function missing(a: string, b: string): number {
  const other = new Set(indexKeyList(b));
  return indexKeyList(a).filter((k) => !other.has(k)).length;
}

describe("match bounds", () => {
  it("never exclude a unit that reaches the threshold", () => {
    fc.assert(
      fc.property(sentence, sentence, fc.integer({ min: 1, max: 100 }), (query, unit, minScore) => {
        const score = scoreMatch(query, unit);
        const lq = matchTokens(query).major;
        const lu = matchTokens(unit).major;
        const qm = missing(query, unit);
        const um = missing(unit, query);
        expect(canReach(unitBound(lq, lu, qm, um), score)).toBe(true);
        expect(canReach(unseenBound(lq, qm), score)).toBe(true);
        if (score >= minScore) {
          const range = lengthRange(lq, minScore);
          expect(lu).toBeGreaterThanOrEqual(range.min);
          expect(lu).toBeLessThanOrEqual(range.max);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("narrow the length range as the threshold rises", () => {
    expect(lengthRange(20, 70)).toEqual({ min: 14, max: 28 });
    expect(lengthRange(20, 100)).toEqual({ min: 20, max: 20 });
    expect(unseenBound(20, 9)).toBeLessThan(70);
  });
});

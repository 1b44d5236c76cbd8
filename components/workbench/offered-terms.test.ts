import { describe, expect, it } from "vitest";
import { compileTermIndex } from "@/core/terms/match-terms";
import { toTermEntries, type TermbaseEntry } from "@/core/terms/termbase-entry";
import { equivalentNumber, offeredTerms } from "./offered-terms";

const entries: (TermbaseEntry & { id: string })[] = [
  { id: "a", source: "risque pour la chaîne d'approvisionnement", preferred: "supply chain risk", admitted: ["supply-chain risk"] },
  { id: "b", source: "Pentagone", preferred: "Pentagon" },
  { id: "c", source: "ministère de la Défense", preferred: "", forbidden: ["Ministry of Defence"] },
];
const index = compileTermIndex(toTermEntries(entries));
const byId = new Map(entries.map((e) => [e.id, e]));

describe("offeredTerms", () => {
  it("numbers equivalents across terms in text order, each term once", () => {
    const offered = offeredTerms(index, byId, "Le Pentagone cite des risques pour les chaînes d’approvisionnement, dit le Pentagone.");
    expect(offered.map((o) => o.entry.id)).toEqual(["b", "a"]);
    expect(offered[1].found).toBe("risques pour les chaînes d’approvisionnement");
    expect(offered.flatMap((o) => o.equivalents)).toEqual([
      { text: "Pentagon", n: 1 },
      { text: "supply chain risk", n: 2 },
      { text: "supply-chain risk", n: 3 },
    ]);
    expect(equivalentNumber(offered, 2)).toBe("supply chain risk");
    expect(equivalentNumber(offered, 4)).toBeUndefined();
  });

  it("offers a term with no English yet without a number", () => {
    const offered = offeredTerms(index, byId, "Le ministère de la Défense répond.");
    expect(offered).toHaveLength(1);
    expect(offered[0].equivalents).toEqual([]);
  });
});

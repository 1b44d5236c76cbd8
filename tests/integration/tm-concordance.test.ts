import { afterAll, describe, expect, it } from "vitest";
import { searchConcordance } from "@/server/tm/search-concordance";
import { memory, unit, span } from "./tm-fixture";
import { createTestDb } from "./test-db";

const { db } = createTestDb();
afterAll(() => db.$disconnect());

describe("searchConcordance", () => {
  it("folds French inflection: «chaînes» finds «chaîne», «de la chaîne» finds «des chaînes»", async () => {
    const project = await memory(db, [
      unit("Un risque pour la chaîne d’approvisionnement.", "A supply chain risk."),
      unit("La désignation des chaînes de valeur inquiète.", "The designation of value chains worries."),
      unit("Le Pentagone a signé.", "The Pentagon signed."),
    ]);
    const plural = await searchConcordance(db, { projectId: project, text: "chaînes" });
    expect(plural.map((h) => span(h.source, h)).sort()).toEqual(["chaîne", "chaînes"]);
    const phrase = await searchConcordance(db, { projectId: project, text: "de la chaîne" });
    expect(phrase.map((h) => span(h.source, h))).toEqual(["des chaînes"]);
    expect(phrase[0].target).toBe("The designation of value chains worries.");
  });

  it("keeps French word order: the keys must follow each other", async () => {
    const project = await memory(db, [unit("La chaîne de la valeur.", "The value chain."), unit("La valeur de la chaîne.", "The chain's value.")]);
    const hits = await searchConcordance(db, { projectId: project, text: "valeur de la chaîne" });
    expect(hits.map((h) => h.target)).toEqual(["The chain's value."]);
    expect(span(hits[0].source, hits[0])).toBe("valeur de la chaîne");
  });

  it("stems English: “chains” finds “chain”, with the phrase's offsets", async () => {
    const project = await memory(db, [
      unit("Un risque.", "A supply chain risk."),
      unit("Des chaînes.", "Several supply chains broke."),
      unit("Autre.", "Nothing here."),
    ]);
    const hits = await searchConcordance(db, { projectId: project, text: "supply chains", lang: "en" });
    expect(hits.map((h) => span(h.target, h)).sort()).toEqual(["supply chain", "supply chains"]);
    expect(hits.every((h) => h.lang === "en")).toBe(true);
  });

  it("ranks the more relevant unit first, then the best-reviewed", async () => {
    const project = await memory(db, [
      unit("La sécurité nationale et la sécurité des données priment sur tout.", "Long.", { status: "translated" }),
      unit("La sécurité avant tout.", "Short translated.", { status: "translated" }),
      unit("La sécurité avant tout !", "Short approved.", { status: "approved" }),
    ]);
    const hits = await searchConcordance(db, { projectId: project, text: "sécurité" });
    expect(hits[hits.length - 1].target).toBe("Long.");
    const order = hits.map((h) => h.target);
    expect(order.indexOf("Short approved.")).toBeLessThan(order.indexOf("Short translated."));
    const limited = await searchConcordance(db, { projectId: project, text: "sécurité", limit: 1 });
    expect(limited).toHaveLength(1);
  });
});

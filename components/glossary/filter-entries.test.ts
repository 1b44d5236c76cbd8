import { describe, expect, it } from "vitest";
import { filterEntries } from "./filter-entries";

const entries = [
  { source: "risque pour la chaîne d’approvisionnement", preferred: "supply chain risk", domain: "défense", occurrences: 2 },
  { source: "Pentagone", preferred: "Pentagon", note: "Le ministère américain de la Défense", occurrences: 0 },
  { source: "intelligence artificielle", preferred: "artificial intelligence", admitted: ["AI"], domain: "IA", occurrences: 5 },
];

describe("filterEntries", () => {
  it("searches every field, ignoring accents, case and apostrophe style", () => {
    expect(filterEntries(entries, { query: "CHAINE d'appro", domain: "", usage: "all" }).map((e) => e.preferred)).toEqual(["supply chain risk"]);
    expect(filterEntries(entries, { query: "ai", domain: "", usage: "all" }).map((e) => e.preferred)).toEqual(["artificial intelligence"]);
    expect(filterEntries(entries, { query: "defense", domain: "", usage: "all" }).map((e) => e.preferred)).toEqual(["supply chain risk", "Pentagon"]);
  });

  it("filters by domain and by whether the term occurs in the texts", () => {
    expect(filterEntries(entries, { query: "", domain: "IA", usage: "all" })).toHaveLength(1);
    expect(filterEntries(entries, { query: "", domain: "", usage: "unused" }).map((e) => e.source)).toEqual(["Pentagone"]);
    expect(filterEntries(entries, { query: "", domain: "", usage: "used" })).toHaveLength(2);
  });
});

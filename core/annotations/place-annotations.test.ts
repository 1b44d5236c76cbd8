import { describe, expect, it } from "vitest";
import { placeAnnotations } from "./place-annotations";

const segments = [
  { id: "s1", sourceText: "Le Pentagone a désigné Anthropic comme un risque pour la chaîne d’approvisionnement." },
  { id: "s2", sourceText: "Cette désignation inquiète les industriels de la défense." },
  { id: "s3", sourceText: "Les industriels de la défense craignent une désignation durable." },
];
const quote = (exact: string, segmentRef: string | null = null) => ({ segmentRef, anchor: { exact, prefix: "", suffix: "", start: null, end: null } });
const where = (placements: ReturnType<typeof placeAnnotations>) => placements.map((p) => p && [p.segment.id, p.segment.sourceText.slice(p.start, p.end)]);

describe("placeAnnotations", () => {
  it("places by the named segment first, else verbatim anywhere, else fuzzily, else not at all", () => {
    const placements = placeAnnotations(
      [
        quote("industriels de la défense", "https://x.example/doc#segment-s3"),
        quote("chaîne d’approvisionnement"),
        quote("chaine d'approvisionnement"),
        quote("rien de tel ici"),
      ],
      segments,
    );
    expect(where(placements)).toEqual([["s3", "industriels de la défense"], ["s1", "chaîne d’approvisionnement"], ["s1", "chaîne d’approvisionnement"], null]);
  });

  it("stops searching the document once its budget is spent: what is left is an orphan, and a named segment is still searched", () => {
    const documentLength = segments.reduce((n, s) => n + s.sourceText.length, 0);
    // Enough for the first quote's search (verbatim, then fuzzy), none left for the next two.
    const placements = placeAnnotations(
      [
        quote("Le Pentagone a désigné Anthropic"),
        quote("rien de tel ici"),
        quote("chaine d'approvisionnement"),
        quote("inquiète les industriels de la défense", "#segment-s2"),
      ],
      segments,
      3 * documentLength,
    );
    expect(where(placements)).toEqual([["s1", "Le Pentagone a désigné Anthropic"], null, null, ["s2", "inquiète les industriels de la défense"]]);
    // With room for everything, the fuzzy match is found.
    expect(where(placeAnnotations([quote("rien de tel ici"), quote("chaine d'approvisionnement")], segments))).toEqual([
      null,
      ["s1", "chaîne d’approvisionnement"],
    ]);
  });
});

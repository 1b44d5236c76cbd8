import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { entryColumns } from "../../testing/entry-columns";
import { readTbx } from "./parse-tbx";
import { toBasicPartOfSpeech } from "./part-of-speech";
import { writeTbx } from "./write-tbx";

const EXAMPLE = readFileSync(new URL("./__golden__/ltac/Example_Astronomy_DCA_VALID.tbx", import.meta.url), "utf8").replaceAll(
  'xml:lang="es"',
  'xml:lang="fr"',
);

describe("columns edited after an import are what the export says", () => {
  const imported = readTbx(EXAMPLE).entries;

  it("exports each edited column, and keeps the rest of the entry's data", () => {
    const c2 = imported.filter((e) => e.conceptId === "c2");
    expect(c2.map((e) => e.source)).toEqual(["disco de acreción", "disco de acrecimiento"]);
    const edited = c2.map((e) => ({
      ...e,
      definition: "Disque de matière autour d’un astre.",
      note: "Vérifié.",
      domain: "Naissance des étoiles; Astrophysique",
      partOfSpeech: "proper noun",
      sourceUrl: "https://example.org/disque",
      // The admitted "accretion disc" becomes the preferred term; the old preferred one is forbidden.
      preferred: "accretion disc",
      admitted: ["circumstellar disk"],
      forbidden: ["circumstellar accretion disk"],
    }));
    const xml = writeTbx([...edited, ...imported.filter((e) => e.conceptId !== "c2")]);
    const back = readTbx(xml).entries;
    const [first, second] = back.filter((e) => e.conceptId === "c2").map(entryColumns);
    expect(first).toMatchObject({
      definition: "Disque de matière autour d’un astre.",
      // The part of speech TBX-Basic lacks comes back as noun, the original in the term's notes.
      note: "Vérifié.\nPart of speech: proper noun",
      domain: "Naissance des étoiles; Astrophysique",
      partOfSpeech: "noun",
      sourceUrl: "https://example.org/disque",
      preferred: "accretion disc",
      admitted: ["circumstellar disk"],
      forbidden: ["circumstellar accretion disk"],
    });
    expect(second.source).toBe("disco de acrecimiento");
    expect(xml).toContain("<note>Part of speech: proper noun</note>");
    // The contexts and sources of the edited concept's terms are still there.
    const english = back.find((e) => e.conceptId === "c2")!.details!.english!;
    expect(english.terms.flatMap((t) => t.items).filter((i) => i.type === "context").length).toBe(3);
    // Untouched concepts read back as they were.
    expect(back.filter((e) => e.conceptId !== "c2").map(entryColumns)).toEqual(imported.filter((e) => e.conceptId !== "c2").map(entryColumns));
  });
});

describe("toBasicPartOfSpeech", () => {
  it.each([
    ["noun", "noun"],
    ["Nom propre", "noun"],
    ["proper noun", "noun"],
    ["properNoun", "noun"],
    ["Verbe", "verb"],
    ["adj.", "adjective"],
    ["adverbe", "adverb"],
    ["locution", "other"],
    ["constructor", "other"],
    ["toString", "other"],
    ["", "other"],
  ])("maps %j to %s", (value, expected) => {
    expect(toBasicPartOfSpeech(value)).toBe(expected);
  });
});

describe("synonyms of one concept that came from different files", () => {
  it("export the concept data of each, not only the first one's", () => {
    const file = (id: string, term: string, note: string) =>
      `<tbx type="TBX-Basic" style="dca" xml:lang="fr" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>
      <conceptEntry id="${id}"><note>${note}</note><langSec xml:lang="fr"><termSec><term>${term}</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>risk</term><descrip type="context">${note} context</descrip></termSec></langSec></conceptEntry></body></text></tbx>`;
    const [a] = readTbx(file("a", "risque", "From file A")).entries;
    const [b] = readTbx(file("b", "aléa", "From file B")).entries;
    // The glossary put "aléa" in the concept of "risque" (the import joins a known concept).
    const xml = writeTbx([a, { ...b, conceptId: a.conceptId, details: { ...b.details!, position: 1 } }]);
    expect(xml.match(/<conceptEntry /gu)).toHaveLength(1);
    expect(xml).toContain("<note>From file A</note>");
    expect(xml).toContain("<note>From file B</note>");
    expect(xml).toContain("From file A context");
    expect(xml).toContain("From file B context");
    expect(readTbx(xml).entries.map((e) => e.source)).toEqual(["risque", "aléa"]);
  });
});

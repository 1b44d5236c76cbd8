import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileTermIndex, matchTerms } from "../../terms/match-terms";
import { toTermEntries } from "../../terms/termbase-entry";
import { BASIC_CATEGORIES } from "./basic-categories";
import { countCategories, countsOf } from "./count-categories";
import { readTbx } from "./parse-tbx";
import { childElements } from "./read-xml";
import { writeTbx } from "./write-tbx";

const ltac = (name: string) => new URL(`./__golden__/ltac/${name}`, import.meta.url);
// LTAC's example has English, Spanish and Zulu; ours is a French–English tool, so its Spanish
// sections play the French ones (the "52 French synonyms" are its 52 Spanish terms).
const EXAMPLE = readFileSync(ltac("Example_Astronomy_DCA_VALID.tbx"), "utf8").replaceAll('xml:lang="es"', 'xml:lang="fr"');

/** Whether the core RELAX NG grammar accepts `xml` (xmllint, as the Debian package libxml2-utils installs it). */
function coreGrammarErrors(xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), "tbx-"));
  writeFileSync(join(dir, "file.tbx"), xml);
  try {
    execFileSync("xmllint", ["--noout", "--relaxng", ltac("TBXcoreStructV03.rng").pathname, join(dir, "file.tbx")], { stdio: "pipe" });
    return "";
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

/** A round trip as the server does it: entries go through JSON (the details column) between import and export. */
const roundTrip = (xml: string) => writeTbx(JSON.parse(JSON.stringify(readTbx(xml).entries)));

describe("the TBX-Basic astronomy example round-trips with nothing lost", () => {
  const hasFrench = (concept: Parameters<NonNullable<Parameters<typeof countCategories>[1]>>[0]) =>
    childElements(concept, "langSec").some((l) => l.attributes["xml:lang"] === "fr");
  const before = countCategories(EXAMPLE, hasFrench);
  const written = roundTrip(EXAMPLE);
  const after = countCategories(written);

  it.each(["concept", "fr", "en", "back"])("keeps every data category of level/language %s, counted from the XML", (lang) => {
    expect(countsOf(after.elements, lang)).toEqual(countsOf(before.elements, lang));
  });

  it("keeps the counts the issue saw lost", () => {
    const counts = countsOf(after.elements, "en");
    expect(counts["en descrip:definition"]).toBe(36);
    expect(counts["en descrip:context"] + countsOf(after.elements, "fr")["fr descrip:context"]).toBe(104);
    expect(countsOf(after.elements, "fr")["fr term"]).toBe(52);
    expect(counts["en admin:source"]).toBe(89);
  });

  it("keeps every value, not only the counts", () => {
    expect([...after.values].sort()).toEqual([...before.values].sort());
  });

  it("reports the concepts it cannot import (no French term) instead of dropping them silently", () => {
    expect(readTbx(EXAMPLE).warnings).toEqual(["6 concept(s) without a French term were not imported: c17, c18, c19, c20, c22, c40."]);
  });

  it("makes each French synonym an entry of its concept, found by the term matcher", () => {
    const entries = readTbx(EXAMPLE).entries;
    expect(entries).toHaveLength(52);
    expect(new Set(entries.map((e) => e.conceptId)).size).toBe(39);
    const synonyms = entries.filter((e) => e.conceptId === "c38");
    expect(synonyms.length).toBe(4);
    expect(new Set(synonyms.map((e) => e.preferred)).size).toBe(1);
    const index = compileTermIndex(toTermEntries(entries));
    for (const entry of entries) {
      const found = matchTerms(index, `Hoy vimos ${entry.source} en el cielo.`).map((m) => m.entryId);
      expect(found, entry.source).toContain(entry.id);
    }
  });

  it("writes what the core grammar (RELAX NG) and our TBX-Basic checks accept, and reads back the same entries", () => {
    expect(coreGrammarErrors(written)).toBe("");
    const again = readTbx(written);
    expect(again.warnings).toEqual([]);
    expect(JSON.parse(JSON.stringify(again.entries))).toEqual(JSON.parse(JSON.stringify(readTbx(EXAMPLE).entries)));
  });
});

describe("exports are always valid", () => {
  it("writes an empty glossary without an empty <body> (the core grammar needs a conceptEntry in each body)", () => {
    const xml = writeTbx([]);
    expect(xml).not.toContain("<body");
    expect(coreGrammarErrors(xml)).toBe("");
    // Seen on the old writer: `<body>` with no conceptEntry, refused by the grammar.
    expect(coreGrammarErrors(xml.replace("<text>", "<text><body></body>"))).toMatch(/body/u);
    expect(readTbx(xml).entries).toEqual([]);
  });

  it("writes the golden file of write-tbx.test.ts valid against the core grammar", () => {
    expect(coreGrammarErrors(readFileSync(new URL("./__golden__/written.tbx", import.meta.url), "utf8"))).toBe("");
  });

  it("maps free-text parts of speech to TBX-Basic values and keeps the original in a note", () => {
    const xml = writeTbx([
      { source: "Paris", preferred: "Paris", partOfSpeech: "proper noun" },
      { source: "mettre en œuvre", preferred: "implement", partOfSpeech: "locution verbale" },
      { source: "vite", preferred: "quickly", partOfSpeech: "adverb" },
    ]);
    expect(coreGrammarErrors(xml)).toBe("");
    expect(readTbx(xml).warnings).toEqual([]); // our Basic checks pass (they would refuse "proper noun")
    expect(xml).toContain(`<termNote type="partOfSpeech">noun</termNote>`);
    expect(xml).toContain(`<note>Part of speech: proper noun</note>`);
    expect(xml).toContain(`<termNote type="partOfSpeech">other</termNote>`);
    expect(xml).toContain(`<note>Part of speech: locution verbale</note>`);
    expect(xml).not.toContain("Part of speech: adverb");
  });

  it("writes categories TBX-Basic lacks (from TBX 2008 files) as notes, never as invalid elements", () => {
    const martif = `<martif type="TBX"><text><body><termEntry id="t1"><descrip type="subjectField">droit</descrip>
      <langSet xml:lang="fr"><tig><term>loi</term><termNote type="normativeAuthorization">preferredTerm</termNote><termNote type="usageRegister">formal</termNote></tig></langSet>
      <langSet xml:lang="en"><tig><term>act</term><descrip type="definition">A statute.</descrip></tig></langSet></termEntry></body></text></martif>`;
    const xml = roundTrip(martif);
    expect(coreGrammarErrors(xml)).toBe("");
    expect(readTbx(xml).warnings).toEqual([]);
    expect(xml).toContain("<note>termNote usageRegister: formal</note>");
    expect(xml).toContain("<note>descrip definition: A statute.</note>");
  });
});

describe("the DCT-style example (<basic:partOfSpeech> …) imports and exports as DCA with nothing lost", () => {
  const dct = readFileSync(ltac("Example_Astronomy_DCT_VALID.tbx"), "utf8").replaceAll('xml:lang="es"', 'xml:lang="fr"');
  // A DCT element is named after its data category; count it as the DCA element that carries it.
  const asDca = (map: Map<string, number>) =>
    new Map(
      [...map].map(([key, n]) => [
        key.replace(/^(\S+) (\w+)(?=$| = )/u, (all, lang: string, name: string) =>
          Object.hasOwn(BASIC_CATEGORIES, name) ? `${lang} ${BASIC_CATEGORIES[name].element}:${name}` : all,
        ),
        n,
      ]),
    );

  it("keeps every element and value of the French, English and concept levels", () => {
    const hasFrench = (concept: Parameters<NonNullable<Parameters<typeof countCategories>[1]>>[0]) =>
      childElements(concept, "langSec").some((l) => l.attributes["xml:lang"] === "fr");
    const before = countCategories(dct, hasFrench);
    const { entries, warnings } = readTbx(dct);
    expect(warnings).toHaveLength(1); // only the concepts without French; DCT is what the file declares
    const after = countCategories(writeTbx(JSON.parse(JSON.stringify(entries))));
    for (const level of ["concept", "fr", "en", "back"]) expect(countsOf(after.elements, level), level).toEqual(countsOf(asDca(before.elements), level));
    expect([...after.values].sort()).toEqual([...asDca(before.values)].sort());
  });
});

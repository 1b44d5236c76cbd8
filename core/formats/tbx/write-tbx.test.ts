import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../errors";
import type { TermbaseEntry } from "../../terms/termbase-entry";
import { entryColumns } from "../../testing/entry-columns";
import { parseTbx as parseWithDetails } from "./parse-tbx";
import { readXml, textContent } from "./read-xml";
import { writeTbx } from "./write-tbx";

/** The columns read back (details are checked by round-trip-basic.test.ts). */
const parseTbx = (xml: string) => parseWithDetails(xml).map(entryColumns);

const golden = (name: string) => new URL(`./__golden__/${name}`, import.meta.url);

const ENTRIES: TermbaseEntry[] = [
  {
    id: "scrm",
    source: "risque pour la chaîne d’approvisionnement",
    preferred: "supply chain risk",
    admitted: ["supply-chain risk"],
    forbidden: ["supply chain threat"],
    definition: "Qualification d’un fournisseur jugé dangereux.",
    note: "Désignation du Pentagone.",
    domain: "défense",
    partOfSpeech: "noun",
    sourceUrl: "https://example.org/fiche?id=1&lang=fr",
  },
  { id: "ia", source: "IA", preferred: "AI", admitted: ["artificial intelligence"] },
  { id: "sans-anglais", source: "garde-fou", preferred: "" },
];

// Everything a user can type that XML or a naive writer would mangle.
const HOSTILE: TermbaseEntry = {
  id: "h",
  source: `<script>alert("x")</script> & ]]> «R&D»`,
  preferred: `"quoted" 'single' <b>`,
  admitted: ["a & b"],
  note: "line one\nline two\r\nwindows\ttab",
  definition: '<!ENTITY x SYSTEM "file:///etc/passwd"> &x;',
  sourceUrl: `https://example.org/?a=1&b="2"&c=<3>`,
  domain: "emoji 🙂 and astral 𝒜",
};

describe("writeTbx", () => {
  it("matches the golden file (UPDATE_GOLDEN=1 rewrites it)", () => {
    const xml = writeTbx(ENTRIES);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden("written.tbx"), xml);
    expect(xml).toBe(readFileSync(golden("written.tbx"), "utf8"));
  });

  it("writes the TBX-Basic v3 skeleton", () => {
    const root = readXml(writeTbx(ENTRIES));
    expect(root.name).toBe("tbx");
    expect(root.attributes).toMatchObject({ type: "TBX-Basic", style: "dca", "xml:lang": "fr", xmlns: "urn:iso:std:iso:30042:ed-2" });
    const xml = writeTbx(ENTRIES);
    expect(xml).toContain(`<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>`);
    expect(xml).toContain(`<termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>`);
    expect(xml).toContain(`<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>`);
    // An entry with no English gets no empty English langSec (TBX needs a termSec in each).
    expect(xml.split(`<langSec xml:lang="en">`)).toHaveLength(3);
  });

  it("round-trips: parseTbx(writeTbx(entries)) equals entries", () => {
    expect(parseTbx(writeTbx(ENTRIES))).toEqual(ENTRIES);
  });

  it("escapes hostile text into well-formed XML that reads back unchanged", () => {
    const xml = writeTbx([HOSTILE]);
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<!ENTITY");
    expect(parseTbx(xml)).toEqual([HOSTILE]);
  });

  it("writes terms on one line, as parseTbx reads them", () => {
    const xml = writeTbx([{ source: " chaîne\n d’approvisionnement ", preferred: "supply\tchain" }]);
    expect(xml).toContain("<term>chaîne d’approvisionnement</term>");
    expect(parseTbx(xml)).toEqual([{ id: "c1", source: "chaîne d’approvisionnement", preferred: "supply chain" }]);
  });

  it("drops characters XML cannot carry instead of writing an unreadable file", () => {
    const xml = writeTbx([{ source: "a\u0000b\u0007c\uD800d", preferred: "e\uFFFEf" }]);
    expect(parseTbx(xml)).toEqual([{ id: "c1", source: "abcd", preferred: "ef" }]);
  });

  it("makes valid, unique concept ids", () => {
    const xml = writeTbx([
      { source: "a", preferred: "" },
      { id: "123", source: "b", preferred: "" },
      { id: "x y", source: "c", preferred: "" },
      { id: "dup", source: "d", preferred: "" },
      { id: "dup", source: "e", preferred: "" },
    ]);
    const body = readXml(xml).children.filter((c) => typeof c !== "string" && c.name === "text");
    expect(body).toHaveLength(1);
    expect(parseTbx(xml).map((e) => e.id)).toEqual(["c1", "id-123", "id-x_y", "dup", "dup-2"]);
  });

  it("refuses an entry without a French term", () => {
    expect(() => writeTbx([{ source: "  ", preferred: "x" }])).toThrow(DomainError);
  });

  it("takes the header description and languages from options", () => {
    const xml = writeTbx(ENTRIES.slice(1, 2), { description: "Mon glossaire <v2>", sourceLanguage: "fr-CA", targetLanguage: "en-GB" });
    const root = readXml(xml);
    expect(textContent(root)).toContain("Mon glossaire <v2>");
    expect(xml).toContain(`<langSec xml:lang="fr-CA">`);
    expect(parseTbx(xml)).toEqual(ENTRIES.slice(1, 2));
  });
});

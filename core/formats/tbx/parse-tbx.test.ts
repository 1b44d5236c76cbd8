import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { entryColumns } from "../../testing/entry-columns";
import { parseTbx as parseWithDetails } from "./parse-tbx";
import { refusal } from "../../testing/refusal";

/** The columns read (the golden files keep the details too). */
const parseTbx = (xml: string, options?: Parameters<typeof parseWithDetails>[1]) => parseWithDetails(xml, options).map(entryColumns);

const golden = (name: string) => new URL(`./__golden__/${name}`, import.meta.url);
const read = (name: string) => readFileSync(golden(name), "utf8");

describe("parseTbx on golden files (UPDATE_GOLDEN=1 rewrites the .entries.json)", () => {
  it.each(["sample-v3", "sample-2008"])("%s.tbx", (name) => {
    const entries = parseWithDetails(read(`${name}.tbx`));
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden(`${name}.entries.json`), `${JSON.stringify(entries, null, 2)}\n`);
    expect(entries).toEqual(JSON.parse(read(`${name}.entries.json`)));
  });

  it("reads statuses, definitions, notes, domains and URLs of TBX-Basic v3", () => {
    const [scrm, ia, gardeFou, ...rest] = parseTbx(read("sample-v3.tbx"));
    expect(rest).toEqual([]); // the concept without a French term is skipped
    expect(scrm).toMatchObject({
      id: "scrm",
      source: "risque pour la chaîne d’approvisionnement",
      preferred: "supply chain risk",
      admitted: ["supply-chain risk"],
      forbidden: ["supply chain threat"],
      domain: "défense",
      note: "Désignation du Pentagone & du DoD.",
      partOfSpeech: "noun",
      sourceUrl: "https://example.org/fiche?id=1&lang=fr",
    });
    expect(scrm.definition).toMatch(/^Qualification d’un fournisseur/u);
    expect(ia).toEqual({ id: "ia", source: "IA", preferred: "AI", admitted: ["artificial intelligence"] });
    expect(gardeFou).toMatchObject({
      source: "garde-fou",
      preferred: "safeguard",
      forbidden: ["guardrail"],
      domain: "politique de l’IA",
      partOfSpeech: "noun",
    });
  });

  it("reads TBX 2008 martif with tig and ntig, and ignores its external DTD reference", () => {
    expect(parseTbx(read("sample-2008.tbx"))).toEqual([
      {
        id: "t1",
        source: "interdiction",
        preferred: "ban",
        admitted: ["prohibition"],
        definition: "Mesure interdisant une activité.",
        domain: "droit",
        partOfSpeech: "noun",
      },
      { id: "t2", source: "contractant", preferred: "contractor", note: "Sens militaire." },
    ]);
  });

  it("accepts an empty body and a byte-order mark", () => {
    expect(parseTbx(`\uFEFF<tbx type="TBX-Basic" style="dca" xml:lang="fr" xmlns="urn:iso:std:iso:30042:ed-2"><text><body/></text></tbx>`)).toEqual([]);
  });
});

describe("parseTbx refuses hostile and broken files with a coded error", () => {
  it("refuses the billion laughs before expanding anything", () => {
    const started = performance.now();
    const error = refusal(() => parseTbx(read("hostile/billion-laughs.tbx")));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.details).toMatchObject({ reason: "HOSTILE_XML" });
    expect(error.message).toMatch(/entities/u);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each(["hostile/xxe.tbx", "hostile/parameter-entity.tbx"])("refuses external entities in %s", (name) => {
    const error = refusal(() => parseTbx(read(name)));
    expect(error.details).toMatchObject({ reason: "HOSTILE_XML" });
    expect(error.message).not.toContain("root:"); // nothing of /etc/passwd
  });

  it("refuses an entity declaration hidden after a comment in the DOCTYPE", () => {
    const xml = `<!DOCTYPE tbx [ <!-- x --> <!ENTITY a "b"> ]><tbx><text><body/></text></tbx>`;
    expect(refusal(() => parseTbx(xml)).details).toMatchObject({ reason: "HOSTILE_XML" });
  });

  it("reports malformed XML with its line", () => {
    const error = refusal(() => parseTbx(read("hostile/malformed.tbx")));
    expect(error.details).toMatchObject({ reason: "MALFORMED_XML", line: 6 });
    expect(error.message).toMatch(/line 6/u);
  });

  it("refuses entities other than the five XML ones as malformed", () => {
    const xml = `<tbx><text><body><conceptEntry id="c"><langSec xml:lang="fr"><termSec><term>a&nbsp;b</term></termSec></langSec></conceptEntry></body></text></tbx>`;
    expect(refusal(() => parseTbx(xml)).details).toMatchObject({ reason: "MALFORMED_XML", line: 1 });
  });

  it("refuses XML that is not TBX", () => {
    const error = refusal(() => parseTbx(read("hostile/not-tbx.xml")));
    expect(error.details).toMatchObject({ reason: "NOT_TBX" });
    expect(error.message).toContain("<tmx>");
    expect(refusal(() => parseTbx("<tbx><header/></tbx>")).details).toMatchObject({ reason: "NOT_TBX" });
  });

  it("refuses a termbase with no French term at all", () => {
    const xml = `<tbx><text><body><conceptEntry id="c"><langSec xml:lang="de"><termSec><term>Risiko</term></termSec></langSec></conceptEntry></body></text></tbx>`;
    const error = refusal(() => parseTbx(xml));
    expect(error.details).toMatchObject({ reason: "NO_FRENCH_TERMS", languages: ["de"] });
  });

  it("refuses input over maxBytes, counting UTF-8 bytes", () => {
    const xml = `<tbx><text><body><!-- ${"é".repeat(600)} --></body></text></tbx>`;
    expect(parseTbx(xml, { maxBytes: 2000 })).toEqual([]);
    const error = refusal(() => parseTbx(xml, { maxBytes: 1000 }));
    expect(error.code).toBe("TOO_LARGE");
    expect(error.details).toMatchObject({ reason: "TOO_LARGE", maxBytes: 1000 });
  });

  it("refuses absurd nesting", () => {
    const xml = `<tbx>${"<a>".repeat(200)}${"</a>".repeat(200)}</tbx>`;
    expect(refusal(() => parseTbx(xml)).details).toMatchObject({ reason: "HOSTILE_XML" });
  });
});

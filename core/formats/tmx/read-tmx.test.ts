import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isDomainError } from "../../errors";
import { readTmxUnits, TmxReader } from "./read-tmx";

const FIXTURES = path.join(__dirname, "__fixtures__");
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

const HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="fr" datatype="plaintext"/>
<body>`;
const tmx = (body: string) => `${HEAD}${body}</body></tmx>`;
const tu = (fr: string, en: string, langs = ["fr", "en"]) =>
  `<tu><tuv xml:lang="${langs[0]}"><seg>${fr}</seg></tuv><tuv xml:lang="${langs[1]}"><seg>${en}</seg></tuv></tu>`;

/** The refusal `read` throws: its reason and details. */
function refusal(read: () => unknown) {
  try {
    read();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return { code: error.code, message: error.message, ...(error.details as { reason: string; line?: number }) };
  }
  throw new Error("expected a refusal");
}

describe("readTmx on a file from another tool (Trados/OmegaT style)", () => {
  // 7-byte chunks: every multi-byte character, tag and attribute gets cut somewhere.
  const read = readTmxUnits(fixture("other-tool.tmx"), { chunkBytes: 7 });

  it("counts units read, given and skipped (no English, empty target)", () => {
    expect({ read: read.read, imported: read.imported, skipped: read.skipped }).toEqual({ read: 6, imported: 4, skipped: 2 });
    expect(read.units.map((u) => u.tuid)).toEqual(["1", "2", "3", "6"]);
  });

  it("reads the header", () => {
    expect(read.header).toEqual({
      srcLang: "fr-FR",
      adminLang: "en-US",
      dataType: "xml",
      oTmf: "SDL TM8 Format",
      segType: "sentence",
      creationTool: "SDL Language Platform",
      creationToolVersion: "8.1",
      creationDate: new Date("2024-01-15T09:15:00Z"),
      props: [["x-Recognizers", "RecognizeAll"]],
      notes: ["Mémoire du service de presse"],
    });
  });

  it("keeps props, notes, dates, ids and other attributes of a unit and its variants", () => {
    expect(read.units[0]).toEqual({
      tuid: "1",
      source: { lang: "fr-FR", text: "Le Pentagone évoque un risque pour la chaîne d’approvisionnement.", props: [["x-Context", "Titre"]], notes: [] },
      target: { lang: "en-US", text: "The Pentagon cites a supply chain risk.", props: [], notes: [] },
      creationDate: new Date("2024-01-15T09:30:00Z"),
      changeDate: new Date("2024-03-02T14:12:10Z"),
      creationId: "AGENCE\\marie",
      changeId: "AGENCE\\paul",
      props: [
        ["x-Domain:SingleString", "Défense"],
        ["x-Client", "Ministère"],
      ],
      notes: ["Validé par le client"],
      attributes: { usagecount: "3", lastusagedate: "20240410T080000Z" },
    });
  });

  it("drops inline codes with their content and keeps <hi> text", () => {
    expect(read.units[1].source.text).toBe("Cliquez sur Enregistrer pour garder le texte.");
    expect(read.units[1].target.text).toBe("Click Save to keep the text.");
    expect(read.units[1].target.notes).toEqual(["Interface anglaise"]);
    expect(read.units[2].source.text).toBe("Le courriel est parti hier.");
    expect(read.units[2].target.text).toBe("The e-mail left yesterday.");
  });

  it("takes French and English whatever the case, region, attribute (lang) or order", () => {
    expect(read.units.map((u) => [u.source.lang, u.target.lang])).toEqual([
      ["fr-FR", "en-US"],
      ["FR", "EN-GB"],
      ["fr-CA", "en"],
      ["fr-FR", "en-GB"],
    ]);
    expect(read.units[3].source.text).toBe("Ordre inversé : l’anglais d’abord.");
  });

  it("reads the same from UTF-16 (Trados's encoding) as from UTF-8", () => {
    const text = new TextDecoder().decode(fixture("other-tool.tmx")).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, "utf16le"))]);
    const again = readTmxUnits(utf16, { chunkBytes: 5 });
    expect(again.units).toEqual(read.units);
    expect(again.header).toEqual(read.header);
  });
});

describe("readTmx streams", () => {
  it("gives units as their chunks arrive, never holding the file", () => {
    const reader = new TmxReader();
    const encoder = new TextEncoder();
    let most = 0;
    let total = 0;
    total += reader.push(encoder.encode(HEAD)).length;
    for (let i = 0; i < 20_000; i++) {
      const units = reader.push(encoder.encode(tu(`Phrase numéro ${i}.`, `Sentence number ${i}.`)));
      most = Math.max(most, units.length);
      total += units.length;
    }
    total += reader.push(encoder.encode("</body></tmx>")).length + reader.end().length;
    expect(total).toBe(20_000);
    // Each push returns what it completed: at most the unit it closed (plus one held in saxes' text buffer).
    expect(most).toBeLessThanOrEqual(2);
    expect(reader.bytesRead).toBeGreaterThan(1_000_000);
  });

  it("decodes a declared windows-1252 file", () => {
    const latin = Buffer.from(tmx(tu("Été réussi.", "Summer done.")).replace("UTF-8", "windows-1252"), "latin1");
    expect(readTmxUnits(new Uint8Array(latin)).units[0].source.text).toBe("Été réussi.");
  });
});

describe("readTmx refuses", () => {
  it.each([
    ["xxe.tmx", 2],
    ["billion-laughs.tmx", 2],
    ["parameter-entity.tmx", 2],
  ])("%s: entities declared in the DOCTYPE (HOSTILE_XML), before any is expanded", (name, line) => {
    const refused = refusal(() => readTmxUnits(fixture(`hostile/${name}`), { chunkBytes: 16 }));
    expect(refused).toMatchObject({ code: "INVALID_INPUT", reason: "HOSTILE_XML", line });
    expect(refused.message).toMatch(/declares XML entities/);
  });

  it("malformed XML, with the line", () => {
    const refused = refusal(() => readTmxUnits(fixture("hostile/malformed.tmx")));
    expect(refused).toMatchObject({ code: "INVALID_INPUT", reason: "MALFORMED_XML", line: 6 });
    expect(refused.message).toMatch(/^The file is not well-formed XML \(line 6\)/);
  });

  it("nesting past the depth limit", () => {
    const deep = tmx(`<tu><tuv xml:lang="fr"><seg>${"<hi>".repeat(500)}x${"</hi>".repeat(500)}</seg></tuv></tu>`);
    expect(refusal(() => readTmxUnits(deep))).toMatchObject({ reason: "HOSTILE_XML" });
  });

  it("a file past the size cap, as soon as the cap is passed", () => {
    const reader = new TmxReader({ maxBytes: 1000 });
    reader.push(new TextEncoder().encode(HEAD));
    const refused = refusal(() => reader.push(new Uint8Array(1000).fill(0x20)));
    expect(refused).toMatchObject({ code: "TOO_LARGE", reason: "TOO_LARGE" });
    expect(refused.message).toBe("The file is larger than the 1000 bytes limit.");
  });

  it("other XML, an empty file, a truncated file and invalid UTF-8", () => {
    expect(refusal(() => readTmxUnits('<?xml version="1.0"?><tbx/>'))).toMatchObject({ reason: "NOT_TMX" });
    expect(refusal(() => readTmxUnits(""))).toMatchObject({ reason: "NOT_TMX", message: "The file is empty." });
    expect(refusal(() => readTmxUnits(tmx(tu("Un.", "One.")).slice(0, -20)))).toMatchObject({ reason: "MALFORMED_XML" });
    const bad = new TextEncoder().encode(tmx(tu("Un XXX.", "One.")));
    bad.set([0xc3, 0x28], bad.indexOf(0x58));
    expect(refusal(() => readTmxUnits(bad))).toMatchObject({ reason: "BAD_ENCODING" });
  });
});

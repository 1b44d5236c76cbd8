import { describe, expect, it } from "vitest";
import { glossaryFormatOf, readGlossary } from "./read-glossary";
import { refusal } from "../testing/refusal";

const bytes = (text: string) => new TextEncoder().encode(text);

const TBX = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="fr" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <langSec xml:lang="fr"><termSec><term>désignation de risque</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>risk designation</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
`;

describe("glossaryFormatOf", () => {
  it("goes by extension, then by content", () => {
    expect(glossaryFormatOf("a.tbx")).toBe("tbx");
    expect(glossaryFormatOf("dir/A.TBX.XML")).toBe("tbx");
    expect(glossaryFormatOf("a.xml")).toBe("tbx");
    expect(glossaryFormatOf("a.csv")).toBe("csv");
    expect(glossaryFormatOf("a.tsv")).toBe("csv");
    expect(glossaryFormatOf("a.txt")).toBe("csv");
    expect(glossaryFormatOf("glossary", "\uFEFF  \n<tbx/>")).toBe("tbx");
    expect(glossaryFormatOf("glossary", "source,preferred")).toBeNull();
    expect(glossaryFormatOf("glossary.docx")).toBeNull();
  });
});

describe("readGlossary", () => {
  it("reads TBX", () => {
    expect(readGlossary(bytes(TBX), "g.tbx")).toMatchObject({
      format: "tbx",
      entries: [{ source: "désignation de risque", preferred: "risk designation" }],
    });
  });

  it("reads CSV, with a BOM and Windows-1252 too", () => {
    const csv = "source,preferred\nrisque,risk\ngarde-fou,\n";
    const expected = {
      format: "csv",
      entries: [
        { source: "risque", preferred: "risk" },
        { source: "garde-fou", preferred: "" },
      ],
      warnings: [],
    };
    expect(readGlossary(bytes(csv), "g.csv")).toEqual(expected);
    expect(readGlossary(bytes(`\uFEFF${csv}`), "g.csv")).toEqual(expected);
    const latin = Uint8Array.from([...bytes("source;preferred\nd"), 0xe9, ...bytes("signation de risque;risk designation\n")]);
    expect(readGlossary(latin, "g.csv").entries).toEqual([{ source: "désignation de risque", preferred: "risk designation" }]);
  });

  it("sniffs TBX without a known extension", () => {
    expect(readGlossary(bytes(TBX), "glossary").format).toBe("tbx");
  });

  it("refuses an entity declaration", () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE tbx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<tbx><text><body/></text></tbx>`;
    const error = refusal(() => readGlossary(bytes(bomb), "bomb.tbx"));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.details).toMatchObject({ reason: "HOSTILE_XML" });
  });

  it("refuses an unknown format, an empty file and a binary file", () => {
    const unknown = refusal(() => readGlossary(bytes("source,preferred\nrisque,risk\n"), "notes/glossary.json"));
    expect(unknown.code).toBe("INVALID_INPUT");
    expect(unknown.message).toMatch(/"glossary\.json" is neither TBX nor CSV/);
    expect(refusal(() => readGlossary(new Uint8Array(), "g.csv")).code).toBe("EMPTY_FILE");
    expect(refusal(() => readGlossary(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]), "g.tbx")).code).toBe("BINARY_FILE");
  });
});

describe("readGlossary limits", () => {
  it("takes the caller's size limit (the server's upload limit), not only its own default", () => {
    const csv = new TextEncoder().encode(`source,preferred\n${"risque,risk\n".repeat(200)}`);
    expect(readGlossary(csv, "g.csv").entries.length).toBeGreaterThan(0);
    expect(() => readGlossary(csv, "g.csv", { maxBytes: 1_000 })).toThrow(/limit/);
  });
});

import { describe, expect, it } from "vitest";
import type { TermbaseEntry } from "../../terms/termbase-entry";
import { parseGlossaryCsv } from "./parse-glossary-csv";
import { writeGlossaryCsv } from "./write-glossary-csv";
import { refusal } from "../../testing/refusal";

const ENTRIES: TermbaseEntry[] = [
  {
    source: "risque pour la chaîne d’approvisionnement",
    preferred: "supply chain risk",
    admitted: ["supply-chain risk", "SCR"],
    forbidden: ["supply chain threat"],
    definition: "Qualification d’un fournisseur, « jugé dangereux »;\nvoir la note.",
    note: 'Dit "SCRM" au Pentagone, 2026',
    domain: "défense",
    partOfSpeech: "noun",
    sourceUrl: "https://example.org/fiche?id=1&lang=fr",
  },
  { source: "IA", preferred: "AI" },
  { source: "garde-fou", preferred: "" },
];

describe("writeGlossaryCsv", () => {
  it("writes the header, CRLF line ends and a BOM", () => {
    const csv = writeGlossaryCsv(ENTRIES.slice(1, 2));
    expect(csv).toBe("\uFEFFsource,preferred,admitted,forbidden,definition,note,domain,partOfSpeech,sourceUrl\r\nIA,AI,,,,,,,\r\n");
    expect(writeGlossaryCsv([], { bom: false })).toBe("source,preferred,admitted,forbidden,definition,note,domain,partOfSpeech,sourceUrl\r\n");
  });

  it("quotes cells with commas, quotes and line breaks", () => {
    const csv = writeGlossaryCsv(ENTRIES.slice(0, 1), { bom: false });
    expect(csv).toContain(`"Qualification d’un fournisseur, « jugé dangereux »;\nvoir la note."`);
    expect(csv).toContain(`"Dit ""SCRM"" au Pentagone, 2026"`);
    expect(csv).toContain(`supply-chain risk|SCR`);
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    const csv = writeGlossaryCsv([{ source: '=HYPERLINK("http://evil")', preferred: "+1", admitted: ["ok", "@SUM(A1)"], note: "-2", domain: "\tcmd" }], {
      bom: false,
    });
    const row = csv.split("\r\n")[1];
    expect(row).toBe(`"'=HYPERLINK(""http://evil"")",'+1,ok|'@SUM(A1),,,'-2,'\tcmd,,`);
    for (const cell of row.split(",")) expect(cell).not.toMatch(/^"?[=+\-@]/u);
  });

  it("refuses a term containing the | separator", () => {
    expect(refusal(() => writeGlossaryCsv([{ source: "a", preferred: "b", admitted: ["c|d"] }])).details).toMatchObject({ reason: "PIPE_IN_TERM" });
  });
});

describe("parseGlossaryCsv", () => {
  it.each([",", ";", "\t"] as const)("round-trips with delimiter %j", (delimiter) => {
    expect(parseGlossaryCsv(writeGlossaryCsv(ENTRIES, { delimiter }))).toEqual(ENTRIES);
  });

  it("round-trips formula-looking text exactly", () => {
    const entries: TermbaseEntry[] = [{ source: "-ment", preferred: "=x", admitted: ["+y", "@z"], note: "-1" }];
    expect(parseGlossaryCsv(writeGlossaryCsv(entries))).toEqual(entries);
  });

  it("reads columns in any order, under loose names, ignoring unknown ones", () => {
    const csv = "Part of speech;Preferred;Source;Comment;source_url;ID\r\nnoun;risk;risque;ignored;https://x.test;r1\r\n";
    expect(parseGlossaryCsv(csv)).toEqual([{ id: "r1", source: "risque", preferred: "risk", partOfSpeech: "noun", sourceUrl: "https://x.test" }]);
  });

  it("accepts a header with only a source column, and a BOM with LF line ends", () => {
    expect(parseGlossaryCsv("\uFEFFsource\nrisque\n\nchaîne\n")).toEqual([
      { source: "risque", preferred: "" },
      { source: "chaîne", preferred: "" },
    ]);
  });

  it("trims cells and splits multi-term cells", () => {
    expect(parseGlossaryCsv("source,preferred,admitted\n  risque , risk ,  hazard | | peril \n")).toEqual([
      { source: "risque", preferred: "risk", admitted: ["hazard", "peril"] },
    ]);
  });

  it("refuses a file without a source column", () => {
    const error = refusal(() => parseGlossaryCsv("term,translation\nrisque,risk\n"));
    expect(error.details).toMatchObject({ reason: "BAD_CSV", row: 1 });
    expect(error.message).toContain('"source"');
    expect(refusal(() => parseGlossaryCsv("")).details).toMatchObject({ reason: "BAD_CSV" });
  });

  it("refuses a row without a source, naming the row", () => {
    const error = refusal(() => parseGlossaryCsv("source,preferred\nrisque,risk\n ,orphan\n"));
    expect(error.details).toMatchObject({ reason: "BAD_CSV", row: 3, line: 3 });
    expect(error.message).toMatch(/^Row 3 /u);
  });

  it("refuses a row with more cells than the header (an unquoted delimiter)", () => {
    const error = refusal(() => parseGlossaryCsv("source,preferred\nrisque,risk, hazard\n"));
    expect(error.details).toMatchObject({ reason: "BAD_CSV", row: 2 });
  });

  it("tolerates empty trailing cells that spreadsheets add", () => {
    expect(parseGlossaryCsv("source,preferred\nrisque,risk,,\n")).toEqual([{ source: "risque", preferred: "risk" }]);
  });

  it("gives the row and the line when a quoted cell spans lines", () => {
    const error = refusal(() => parseGlossaryCsv(`source,note\nrisque,"a\nb"\n,x\n`));
    expect(error.details).toMatchObject({ row: 3, line: 4 });
  });

  it("refuses files over maxBytes", () => {
    const error = refusal(() => parseGlossaryCsv(`source\n${"é".repeat(400)}\n`, { maxBytes: 500 }));
    expect(error.code).toBe("TOO_LARGE");
    expect(parseGlossaryCsv(`source\n${"é".repeat(400)}\n`, { maxBytes: 1000 })).toHaveLength(1);
  });
});

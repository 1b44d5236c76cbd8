import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliSandbox, expectOneLineError } from "./cli-sandbox";

// `terms` needs no database: this file must never be created.
const { dir, dbFile, cli, write, remove } = cliSandbox("lisiere-cli-terms-", "never.db");
afterAll(remove);

const GLOSSARY: Array<[string, string]> = [
  ["risque pour la chaîne d'approvisionnement", "supply chain risk"],
  ["désignation de risque", "risk designation"],
  ["risque", "risk"],
];

const concept = ([fr, en]: [string, string], k: number) => `
      <conceptEntry id="c${k}">
        <langSec xml:lang="fr"><termSec><term>${fr.replace(/'/g, "&apos;")}</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
        <langSec xml:lang="en"><termSec><term>${en}</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
      </conceptEntry>`;

const tbxFile = write(
  "glossary.tbx",
  `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="fr" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">
  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
  <text>
    <body>${GLOSSARY.map(concept).join("")}
    </body>
  </text>
</tbx>
`,
);
const csvFile = write("glossary.csv", `source,preferred\n${GLOSSARY.map(([fr, en]) => `"${fr}",${en}`).join("\n")}\n`);

const PARAGRAPHS = ["Le Pentagone évoque des risques pour les chaînes d’approvisionnement.", "La désignation de risque inquiète."];
const TEXT = PARAGRAPHS.join("\n\n");
const textFile = write("article.txt", TEXT);

/** The expected line for `found` in paragraph p, offsets located in the input and checked by slice. */
function expected(p: number, found: string, [term, equivalent]: [string, string]) {
  const start = PARAGRAPHS[p].indexOf(found);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = start + found.length;
  expect(PARAGRAPHS[p].slice(start, end)).toBe(found);
  return { paragraph: p, start, end, text: found, term, equivalent };
}

const EXPECTED = [expected(0, "risques pour les chaînes d’approvisionnement", GLOSSARY[0]), expected(1, "désignation de risque", GLOSSARY[1])];

function lines(stdout: string): unknown[] {
  expect(stdout.endsWith("\n")).toBe(true);
  return stdout
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as unknown);
}

describe("cli terms", () => {
  it.each([
    ["TBX", tbxFile],
    ["CSV", csvFile],
  ])("finds the %s glossary's terms in a text file and on stdin, longest first, in text order", (_, glossary) => {
    const fromFile = cli(["terms", "--glossary", glossary, textFile]);
    expect(fromFile.stderr).toBe("");
    expect(fromFile.code).toBe(0);
    expect(lines(fromFile.stdout)).toEqual(EXPECTED);
    // Exact key order: other tools read these lines.
    expect(fromFile.stdout.split("\n")[0]).toBe(
      JSON.stringify({
        paragraph: 0,
        start: EXPECTED[0].start,
        end: EXPECTED[0].end,
        text: EXPECTED[0].text,
        term: GLOSSARY[0][0],
        equivalent: GLOSSARY[0][1],
      }),
    );

    const fromStdin = cli(["terms", "--glossary", glossary], TEXT);
    expect(fromStdin.stderr).toBe("");
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(fs.existsSync(dbFile)).toBe(false);
  });

  it("keeps offsets relative to each paragraph as written, counting only non-blank paragraphs, and reads Windows-1252", () => {
    const paragraphs = ["  Un risque.", "\tAutre risque, et la désignation de risque."];
    const input = `\n \n${paragraphs[0]}\n \t\n\n${paragraphs[1]}\n`;
    const result = cli(["terms", "--glossary", csvFile], Buffer.from(input, "latin1"));
    expect(result.stderr).toBe("");
    const got = lines(result.stdout) as Array<{ paragraph: number; start: number; end: number; text: string }>;
    expect(got.map((m) => [m.paragraph, m.text])).toEqual([
      [0, "risque"],
      [1, "risque"],
      [1, "désignation de risque"],
    ]);
    // The second paragraph is the split piece "\n" + paragraphs[1] + "\n" once the blank-line separator is removed.
    const pieces = input.split(/\n[ \t]*\n/).filter((p) => p.trim() !== "");
    for (const m of got) expect(pieces[m.paragraph].slice(m.start, m.end)).toBe(m.text);
  });

  it("prints nothing for an empty text", () => {
    expect(cli(["terms", "--glossary", csvFile], "")).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("refuses a glossary that declares entities, with one line on stderr", () => {
    const hostile = write(
      "hostile.tbx",
      `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]>\n<tbx><text><body><conceptEntry><langSec xml:lang="fr"><termSec><term>&a;</term></termSec></langSec></conceptEntry></body></text></tbx>\n`,
    );
    expectOneLineError(cli(["terms", "--glossary", hostile, textFile]), /hostile\.tbx/);
    expect(fs.existsSync(dbFile)).toBe(false);
  });

  it("refuses malformed XML, a missing glossary, an unknown format and a missing --glossary", () => {
    expectOneLineError(cli(["terms", "--glossary", write("broken.tbx", "<tbx><text><body></text></tbx>"), textFile]), /broken\.tbx/);
    expectOneLineError(cli(["terms", "--glossary", path.join(dir, "nope.tbx"), textFile]), /no such file/);
    expectOneLineError(cli(["terms", "--glossary", write("glossary.json", "{}"), textFile]), /neither TBX nor CSV/);
    const missingFlag = cli(["terms", textFile]);
    expectOneLineError(missingFlag, /--glossary/);
    expect(missingFlag.code).toBe(2);
    expectOneLineError(cli(["terms", "--glossary", csvFile, path.join(dir, "nope.txt")]), /no such file/);
  });
});

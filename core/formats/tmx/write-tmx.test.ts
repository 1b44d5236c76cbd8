import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readTmxUnits } from "./read-tmx";
import type { TmxUnit } from "./tmx-model";
import { writeTmx } from "./write-tmx";

const DTD = path.join(__dirname, "__fixtures__", "tmx14.dtd");
const GOLDEN = path.join(__dirname, "__golden__", "written.tmx");

/** Runs xmllint --dtdvalid on `xml` from stdin; fails loudly when it is missing (CI installs libxml2-utils). */
function validate(xml: string): { ok: boolean; output: string } {
  const result = spawnSync("xmllint", ["--noout", "--nonet", "--dtdvalid", DTD, "-"], { input: xml, encoding: "utf8", maxBuffer: 1 << 26 });
  if (result.error) {
    throw new Error(`xmllint could not run (${result.error.message}); install it (Debian/Ubuntu: apt-get install libxml2-utils) — the TMX DTD tests need it.`);
  }
  return { ok: result.status === 0, output: result.stderr };
}

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}

const UNITS: TmxUnit[] = [
  {
    tuid: "12",
    source: { lang: "fr-FR", text: "Le Pentagone évoque un « risque » pour la chaîne d’approvisionnement.", props: [], notes: [] },
    target: { lang: "en-GB", text: "The Pentagon cites a “risk” to the supply chain.", props: [["x-Context", "Title"]], notes: ["British spelling"] },
    creationDate: new Date("2025-11-03T08:15:42.317Z"),
    changeDate: new Date("2025-12-01T17:00:05Z"),
    creationId: "Ana Dias",
    changeId: "Ben <Reviewer> & co",
    props: [
      ["x-document", "Article du 3 novembre"],
      ["x-status", "approved"],
      ["x-origin", "segment"],
      ["x-Client", 'Ministère "A" & B'],
    ],
    notes: ["Checked against the press release.\nSecond line."],
    attributes: { usagecount: "4", segtype: "sentence", unknownattr: "dropped" },
  },
  {
    source: { lang: "fr", text: "Coûts : 3 < 5 & 7 > 2\u0001 ; fin.", props: [], notes: [] },
    target: { lang: "en", text: "Costs: 3 < 5 & 7 > 2; end.\r", props: [], notes: [] },
    props: [],
    notes: [],
    attributes: { segtype: "not-a-segtype" },
  },
];

const OPTIONS = { creationToolVersion: "0.1.0", srcLang: "fr-FR", now: new Date("2026-01-02T03:04:05Z") };

describe("writeTmx", () => {
  it("writes the golden file", async () => {
    const written = await text(writeTmx(UNITS, OPTIONS));
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(GOLDEN, written);
    expect(written).toBe(fs.readFileSync(GOLDEN, "utf8"));
  });

  it("is valid against the TMX 1.4b DTD", async () => {
    const result = validate(await text(writeTmx(UNITS, OPTIONS)));
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  it("is read back as the same units (dates to the second, XML-illegal characters dropped)", async () => {
    const back = readTmxUnits(await text(writeTmx(UNITS, OPTIONS)));
    expect(back.header).toMatchObject({ srcLang: "fr-FR", creationTool: "Lisière", dataType: "plaintext", segType: "sentence", adminLang: "en" });
    expect(back.units[0]).toEqual({
      ...UNITS[0],
      creationDate: new Date("2025-11-03T08:15:42Z"),
      attributes: { usagecount: "4", segtype: "sentence" },
    });
    expect(back.units[1].source.text).toBe("Coûts : 3 < 5 & 7 > 2 ; fin.");
    // A carriage return is written as &#13; so that it is not read as a line feed; the reader trims the ends.
    expect(back.units[1].target.text).toBe("Costs: 3 < 5 & 7 > 2; end.");
  });

  it("streams: a large memory comes out in bounded chunks, valid and whole", async () => {
    function* many() {
      for (let i = 0; i < 30_000; i++) yield { ...UNITS[1], source: { ...UNITS[1].source, text: `Phrase ${i}.` }, tuid: String(i) };
    }
    let largest = 0;
    let xml = "";
    for await (const chunk of writeTmx(many(), OPTIONS)) {
      largest = Math.max(largest, chunk.length);
      xml += chunk;
    }
    expect(largest).toBeLessThan(70_000);
    expect(xml.length).toBeGreaterThan(5_000_000);
    expect(validate(xml).ok).toBe(true);
    expect(readTmxUnits(xml).imported).toBe(30_000);
  });
});

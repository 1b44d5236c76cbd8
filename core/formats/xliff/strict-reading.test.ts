import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../errors";
import { testSchemaFiles } from "./__fixtures__/schema-files";
import { readXliffStrict } from "./parse-xliff";
import { checkSchema } from "./validate/check-schema";
import { richDocument } from "./__fixtures__/rich-document";
import { writeXliff } from "./write-xliff";

/**
 * Strict reading end to end: the OASIS suite's valid files (all 77, copied in __fixtures__/test-suite
 * so a clone alone runs the test) import,
 * and each of our invalid files (one broken rule each, see __fixtures__/invalid/README.md) is
 * refused with its line and the code of the rule it breaks.
 */
const SUITE = new URL("./__fixtures__/test-suite/", import.meta.url);
const INVALID = new URL("./__fixtures__/invalid/", import.meta.url);
const schemas = testSchemaFiles();

const read = (xml: string, lenient = false) => readXliffStrict(xml, (text) => checkSchema(text, schemas), { lenient });

async function refusalOf(xml: string): Promise<DomainError> {
  try {
    await read(xml);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error("expected a refusal");
}

describe("the OASIS XLIFF 2.1 suite's valid files import", () => {
  const files = ["core/valid", "core/in-out", "modules/valid"].flatMap((dir) =>
    readdirSync(new URL(dir, SUITE))
      .filter((f) => f.endsWith(".xlf"))
      .map((f) => `${dir}/${f}`),
  );

  it("has all 77 of them", () => expect(files).toHaveLength(77));

  it.each(files)("%s", async (path) => {
    const { document, dropped } = await read(readFileSync(new URL(path, SUITE), "utf8"));
    expect(dropped).toEqual([]);
    // The one file with nothing to translate (an empty group) reads as no units; the import refuses it.
    if (path.endsWith("almostEmpty.xlf")) expect(document.units).toEqual([]);
    else expect(document.units.flatMap((u) => u.segments).length).toBeGreaterThan(0);
  });
});

describe("our own exports pass strict reading", () => {
  it("the rich document, whose every extension is in our namespace", async () => {
    const { document, dropped } = await read(writeXliff(richDocument()));
    expect(dropped).toEqual([]);
    expect(document).toEqual(richDocument());
  });

  it("a QA report with ITS quality issues (its:version, stand-off issues, start and end markers)", async () => {
    const rich = richDocument();
    const target = rich.units[1].segments[1];
    target.qualityIssues = [
      { start: 0, end: 9, type: "terminology", comment: "Check the name.", severity: 50, enabled: true },
      { start: 5, end: 5, type: "omission", comment: "Something is missing.", severity: 90, enabled: false },
    ];
    const xml = writeXliff({ ...rich, qualityIssues: true });
    expect(xml).toContain("its:locQualityIssuesRef");
    expect((await read(xml)).dropped).toEqual([]);
  });
});

describe("our invalid files are refused with the line and the rule", () => {
  const cases = JSON.parse(readFileSync(new URL("cases.json", INVALID), "utf8")) as Record<string, string>;

  it("has at least 40 of them, each listed in the README", () => {
    const readme = readFileSync(new URL("README.md", INVALID), "utf8");
    expect(Object.keys(cases).length).toBeGreaterThanOrEqual(40);
    for (const file of Object.keys(cases)) expect(readme).toContain(`| ${file} |`);
  });

  it.each(Object.entries(cases))("%s → %s", async (file, code) => {
    const error = await refusalOf(readFileSync(new URL(file, INVALID), "utf8"));
    expect(error.details).toMatchObject({ reason: "XLIFF_VIOLATION" });
    const listed = (error.details!.violations as { code: string; line?: number }[]).map((v) => v.code);
    expect(listed).toContain(code);
    expect(error.message).toMatch(/^Line \d+: /u);
    expect(error.message).not.toMatch(/\n\s+at /u);
  });
});

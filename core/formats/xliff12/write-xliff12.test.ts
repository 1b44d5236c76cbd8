import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { writeAll } from "../document-writer";
import { richDocument } from "../xliff/__fixtures__/rich-document";
import type { XliffDocument } from "../xliff/xliff-model";
import { parseXliff12 } from "./parse-xliff12";
import { writeXliff12, xliff12Writer } from "./write-xliff12";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const STRICT_XSD = here("./__fixtures__/schemas/xliff-core-1.2-strict.xsd");
const GOLDEN = here("./__golden__/rich.xliff12.xlf");

/** Runs xmllint on `xml` from stdin; fails loudly when it is missing (CI installs libxml2-utils). */
function xmllint(xml: string): { ok: boolean; output: string } {
  const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", STRICT_XSD, "-"], { input: xml, encoding: "utf8" });
  if (result.error) throw new Error(`xmllint could not run (${result.error.message}); install it (Debian/Ubuntu: apt-get install libxml2-utils).`);
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** Runs translate-toolkit's xliff2po on `xml` and returns the PO; fails loudly when it is missing. */
function xliff2po(xml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "lisiere-xliff2po-"));
  try {
    writeFileSync(path.join(dir, "in.xlf"), xml);
    const result = spawnSync("xliff2po", [path.join(dir, "in.xlf"), path.join(dir, "out.po")], { encoding: "utf8" });
    if (result.error) {
      throw new Error(
        `xliff2po could not run (${result.error.message}); install translate-toolkit (Debian/Ubuntu: apt-get install translate-toolkit) — the XLIFF 1.2 tests need it.`,
      );
    }
    expect(result.status, result.stderr).toBe(0);
    return readFileSync(path.join(dir, "out.po"), "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The [msgid, msgstr] of each PO entry, their quoted lines (C escapes, as JSON reads them) joined back. */
const poEntries = (po: string) => [...po.matchAll(/^msgid ((?:".*"\n)+)msgstr ((?:".*"\n?)+)/gmu)].map(([, id, str]) => [unquote(id), unquote(str)]);
const unquote = (lines: string) =>
  lines
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as string)
    .join("");

describe("writeXliff12", () => {
  it("matches the golden file (UPDATE_GOLDEN=1 rewrites it) and is deterministic", () => {
    const xml = writeXliff12(richDocument());
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, xml);
    expect(xml).toBe(readFileSync(GOLDEN, "utf8"));
    expect(writeXliff12(richDocument())).toBe(xml);
  });

  it("validates against the OASIS XLIFF 1.2 strict schema, and the schema really checks (a bad state fails)", () => {
    const xml = writeXliff12(richDocument());
    const result = xmllint(xml);
    expect(result.output).toContain("validates");
    expect(result.ok, result.output).toBe(true);
    const broken = xmllint(xml.replace('state="signed-off"', 'state="done"'));
    expect(broken.ok).toBe(false);
    expect(broken.output).toMatch(/state/u);
  });

  it("writes an empty document, and blocks without segments, as valid files", () => {
    const empty = writeXliff12({ title: "", sourceLanguage: "fr", targetLanguage: "en", units: [] });
    expect(xmllint(empty).ok).toBe(true);
    const writer = xliff12Writer({ title: "t", sourceLanguage: "fr", targetLanguage: "en" });
    const xml = writeAll(writer, [
      { kind: "paragraph", segments: [] },
      { kind: "heading", level: 2, segments: [{ source: "Titre", target: "Title", status: "translated" }] },
    ]);
    expect(xmllint(xml).ok).toBe(true);
    expect(xml).not.toContain('restype="x-lis-paragraph"');
    expect(parseXliff12(xml).units).toEqual([
      { id: "s1", kind: "heading", level: 2, segments: [{ id: "s1", source: "Titre", target: "Title", status: "translated" }] },
    ]);
  });

  it("reads back to the same paragraphs, segments, statuses and notes (comments come back as notes by their author)", () => {
    const doc = richDocument();
    const back = parseXliff12(writeXliff12(doc));
    expect([back.title, back.sourceLanguage, back.targetLanguage, back.date]).toEqual([doc.title, doc.sourceLanguage, doc.targetLanguage, doc.date]);
    const shape = (d: XliffDocument) => d.units.map((u) => [u.kind, u.kind === "heading" ? (u.level ?? 1) : undefined, u.segments.length]);
    expect(shape(back)).toEqual(shape(doc));
    const expected = doc.units.flatMap((u) =>
      u.segments.map((s) => ({
        source: s.source,
        target: s.target.replace("\u0001", ""), // 1.2 has no <cp>: characters XML cannot carry are dropped
        status: s.status,
        notes: [...(s.notes ?? []).map((n) => n.trim()), ...(s.comments ?? []).map((c) => (c.author ? `${c.author}: ${c.body.trim()}` : c.body.trim()))],
      })),
    );
    expect(back.units.flatMap((u) => u.segments.map((s) => ({ source: s.source, target: s.target, status: s.status, notes: s.notes ?? [] })))).toEqual(
      expected,
    );
  });

  it("refuses a language tag the schema would refuse, before writing anything", () => {
    expect(() => writeXliff12({ title: "", sourceLanguage: "fr FR", targetLanguage: "en", units: [] })).toThrow(/not a language tag/u);
  });
});

describe("translate-toolkit reads our XLIFF 1.2 (xliff2po 3.8.4)", () => {
  it("finds every segment as a PO entry, with its source and its translation", () => {
    const doc = richDocument();
    const entries = poEntries(xliff2po(writeXliff12(doc))).filter(([id]) => id !== "");
    expect(entries).toEqual(doc.units.flatMap((u) => u.segments.map((s) => [s.source, s.target.replace("\u0001", "")])));
  });

  it("marks unconfirmed translations (a draft, a new segment with a target) fuzzy, and confirmed ones not", () => {
    const po = xliff2po(writeXliff12(richDocument()));
    const fuzzy = [...po.matchAll(/^#, fuzzy\nmsgid "(.*)"/gmu)].map((m) => m[1]).filter((id) => id !== ""); // "" is the PO header
    expect(fuzzy).toEqual(["Anthropic refuse.", "Annexe"]);
  });
});

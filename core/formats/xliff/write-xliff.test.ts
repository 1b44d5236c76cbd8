import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../errors";
import { readXml, textContent, type XmlElement } from "../tbx/read-xml";
import { HOSTILE_COMMENT, HOSTILE_NOTE, richDocument } from "./__fixtures__/rich-document";
import { writeXliff } from "./write-xliff";
import type { XliffDocument } from "./xliff-model";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const CORE_XSD = here("./__fixtures__/schemas/xliff_core_2.0.xsd");
// Core plus the metadata and glossary modules, so mda:* and gls:* are checked too (not just skipped).
const MODULES_XSD = here("./__fixtures__/schemas/xliff-with-modules.xsd");
const GOLDEN = here("./__golden__/rich.xlf");

/** Runs xmllint on `xml` from stdin; fails loudly when it is missing (CI installs libxml2-utils). */
function xmllint(xml: string, schema: string): { ok: boolean; output: string } {
  const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, "-"], { input: xml, encoding: "utf8" });
  if (result.error) {
    throw new Error(
      `xmllint could not run (${result.error.message}); install it (Debian/Ubuntu: apt-get install libxml2-utils) — the XLIFF schema tests need it.`,
    );
  }
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

const all = (element: XmlElement, name: string): XmlElement[] =>
  element.children.flatMap((c) => (typeof c === "string" ? [] : [...(c.name === name ? [c] : []), ...all(c, name)]));

describe("writeXliff", () => {
  it("matches the golden file (UPDATE_GOLDEN=1 rewrites it)", () => {
    const xml = writeXliff(richDocument());
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, xml);
    expect(xml).toBe(readFileSync(GOLDEN, "utf8"));
    expect(writeXliff(richDocument())).toBe(xml); // deterministic
  });

  it("validates against the OASIS core schema and the metadata and glossary module schemas", () => {
    const xml = writeXliff(richDocument());
    for (const schema of [CORE_XSD, MODULES_XSD]) {
      const result = xmllint(xml, schema);
      expect(result.output).toContain("validates");
      expect(result.ok, result.output).toBe(true);
    }
  });

  it("really checks module elements against their schemas (a broken glossary entry fails)", () => {
    const broken = writeXliff(richDocument()).replace(/<gls:term>souveraineté<\/gls:term>\n/u, "");
    expect(xmllint(broken, CORE_XSD).ok).toBe(true); // lax wildcard: the core alone cannot see it
    const result = xmllint(broken, MODULES_XSD);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/glossary:2\.0\}translation.*not expected/u);
  });

  it("writes an empty document as a valid file", () => {
    const xml = writeXliff({ title: "", sourceLanguage: "fr", targetLanguage: "en", units: [] });
    expect(xmllint(xml, MODULES_XSD).ok).toBe(true);
  });

  it("maps every status to a state and, where XLIFF has no equivalent, a lis: subState", () => {
    const root = readXml(writeXliff(richDocument()));
    const states = Object.fromEntries(all(root, "segment").map((s) => [s.attributes.id, [s.attributes.state, s.attributes.subState]]));
    expect(states).toEqual({
      s1: ["final", undefined],
      s2: ["initial", undefined],
      s3: ["initial", "lis:draft"],
      s4: ["translated", undefined],
      s5: ["reviewed", undefined],
      s6: ["reviewed", "lis:rejected"],
      s7: ["initial", "lis:draft"],
      s8: ["initial", "lis:new"], // new, but it has a target: say so, or it reads back as draft
      s9: ["translated", undefined],
    });
    // No target while initial and empty; an empty one is kept for later states.
    const targets = Object.fromEntries(all(root, "segment").map((s) => [s.attributes.id, all(s, "target").length]));
    expect(targets).toMatchObject({ s2: 0, s7: 0, s6: 1, s3: 1 });
  });

  it("marks headings, levels, the date and the title", () => {
    const root = readXml(writeXliff(richDocument()));
    const units = all(root, "unit");
    expect(units.map((u) => u.attributes.type)).toEqual(["lis:heading", undefined, "lis:heading", undefined]);
    expect(textContent(all(units[0], "meta")[0])).toBe("1");
    expect(all(units[2], "meta")).toEqual([]);
    expect(all(root, "file")[0].attributes.original).toBe("L’IA & la « souveraineté » <numérique>");
    expect(textContent(all(all(root, "file")[0], "meta")[0])).toBe("2026-02-28");
  });

  it("escapes markup in notes, ties notes to segments by id, and keeps line breaks", () => {
    const xml = writeXliff(richDocument());
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<b>");
    const notes = all(readXml(xml), "note");
    expect(notes.map((n) => n.attributes.id)).toEqual(["n-s2-1", "n-s2-2", "n-s3-1", "g-s3-1", "n-s3-2", "c-ck1", "c-ck2", "n-s5-1", "c-ck3", "n-s6-1"]);
    expect(textContent(notes[1])).toBe(HOSTILE_NOTE);
  });

  it("writes each comment as a note of its unit, thread metadata in lis: attributes, body escaped", () => {
    const xml = writeXliff(richDocument());
    expect(xml).not.toMatch(/<img|<script/u);
    const notes = all(readXml(xml), "note").filter((n) => n.attributes.id.startsWith("c-"));
    expect(notes.map((n) => n.attributes)).toEqual([
      {
        id: "c-ck1",
        category: "comment",
        appliesTo: "target",
        "lis:segment": "s3",
        "lis:author": "Alice Martin",
        "lis:created": "2026-03-01T14:05:00.000Z",
        "lis:start": "10",
        "lis:end": "17",
        "lis:exact": "refuses",
      },
      {
        id: "c-ck2",
        category: "comment",
        appliesTo: "target",
        "lis:segment": "s3",
        "lis:author": 'Bob & <Co> "B"',
        "lis:created": "2026-03-01T15:30:00.000Z",
        "lis:replyTo": "c-ck1",
      },
      {
        id: "c-ck3",
        category: "comment",
        appliesTo: "target",
        "lis:segment": "s5",
        "lis:created": "2026-03-02T09:00:00.000Z",
        "lis:resolved": "2026-03-02T10:00:00.000Z",
      },
    ]);
    expect(notes.map(textContent)).toEqual([HOSTILE_COMMENT, "Agreed.\n\nChanged it.", "Fine as is."]);
  });

  it("refuses a comment id that is not an NMTOKEN or is used twice in a unit", () => {
    const doc = (ids: string[]): XliffDocument => ({
      title: "t",
      sourceLanguage: "fr",
      targetLanguage: "en",
      units: [
        {
          id: "p1",
          kind: "paragraph",
          segments: [
            { id: "s1", source: "a", target: "b", status: "translated", comments: ids.map((id) => ({ id, created: "2026-03-01T00:00:00.000Z", body: "x" })) },
          ],
        },
      ],
    });
    expect(xmllint(writeXliff(doc(["a1", "b2"])), MODULES_XSD).ok).toBe(true);
    expect(() => writeXliff(doc(["a b"]))).toThrow(DomainError);
    expect(() => writeXliff(doc(["a1", "a1"]))).toThrow(DomainError);
  });

  it("preserves whitespace only where needed and writes control characters as <cp>", () => {
    const xml = writeXliff(richDocument());
    expect(xml).toContain(`<source xml:space="preserve">  Deux  espaces,\tune tabulation&#13;\net un retour. </source>`);
    expect(xml).toContain(`<target xml:space="preserve">Two  spaces, a control <cp hex="0001"/> character.</target>`);
    expect(xml).toContain(`<source>Pourquoi\u00A0?</source>`);
  });

  it("refuses what cannot be written as valid XLIFF", () => {
    const base = (): XliffDocument => ({
      title: "t",
      sourceLanguage: "fr",
      targetLanguage: "en",
      units: [{ id: "p1", kind: "paragraph", segments: [{ id: "s1", source: "a", target: "", status: "new" }] }],
    });
    const cases: [string, (doc: XliffDocument) => void][] = [
      ["a bad id", (d) => (d.units[0].id = "p 1")],
      ["a duplicate segment id", (d) => d.units[0].segments.push({ ...d.units[0].segments[0] })],
      ["a duplicate unit id", (d) => d.units.push({ ...d.units[0] })],
      ["an empty unit", (d) => (d.units[0].segments = [])],
      ["a bad language", (d) => (d.targetLanguage = "")],
      ["an unknown status", (d) => ((d.units[0].segments[0] as { status: string }).status = "done")],
    ];
    for (const [, change] of cases) {
      const doc = base();
      change(doc);
      expect(() => writeXliff(doc)).toThrow(DomainError);
    }
  });
});

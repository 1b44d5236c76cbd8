import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readXml, type XmlElement, type XmlNode } from "../tbx/read-xml";
import { parseXliff } from "./parse-xliff";
import { writeXliff } from "./write-xliff";
import type { XliffDocument, XliffQualityIssue } from "./xliff-model";

// The QA report in XLIFF 2.1 (ITS module): valid against the OASIS ITS schema, spans marked where
// the issues are (UTF-16 offsets, overlapping and empty spans), text read back unchanged.
const ITS_XSD = fileURLToPath(new URL("./__fixtures__/schemas/xliff-with-its.xsd", import.meta.url));

function xmllint(xml: string): { ok: boolean; output: string } {
  const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", ITS_XSD, "-"], { input: xml, encoding: "utf8" });
  if (result.error) throw new Error(`xmllint is needed (apt-get install libxml2-utils): ${result.error.message}`);
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

const TARGET = "🙂 The $300 millions deal « closed »  today";
const issue = (start: number, end: number, type: string, comment: string, extra: Partial<XliffQualityIssue> = {}): XliffQualityIssue => ({
  start,
  end,
  type,
  comment,
  severity: 90,
  enabled: true,
  ...extra,
});
const ISSUES: XliffQualityIssue[] = [
  issue(7, 11, "numbers", "The number 200 is missing; 300 is not in the French."),
  issue(7, 20, "numbers", 'Write "million" after a number & not "millions".', { severity: 50 }),
  issue(26, 35, "typographical", "French quotes « » in English.", { enabled: false, severity: 10 }),
  issue(TARGET.length, TARGET.length, "typographical", "The sentence has no final period."),
];

function doc(qualityIssues: boolean, issues = ISSUES): XliffDocument {
  return {
    title: "QA",
    sourceLanguage: "fr",
    targetLanguage: "en",
    qualityIssues,
    units: [
      {
        id: "p1",
        kind: "paragraph",
        segments: [
          { id: "s1", source: "🙂 Le contrat de 200 millions « conclu »  aujourd’hui", target: TARGET, status: "translated", qualityIssues: issues },
          { id: "s2", source: "Rien.", target: "", status: "new", qualityIssues: [issue(0, 0, "untranslated", "Not translated.")] },
        ],
      },
    ],
  };
}

const all = (element: XmlElement, name: string): XmlElement[] =>
  element.children.flatMap((c) => (typeof c === "string" ? [] : [...(c.name === name ? [c] : []), ...all(c, name)]));

/** The target's text between each start marker and its end marker, by marker id. */
function markedSpans(target: XmlElement): Map<string, string> {
  const open = new Map<string, string>();
  const done = new Map<string, string>();
  const walk = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      if (typeof node === "string") for (const id of open.keys()) open.set(id, open.get(id)! + node);
      else if (node.name === "sm") open.set(node.attributes.id, "");
      else if (node.name === "em") {
        done.set(node.attributes.startRef, open.get(node.attributes.startRef)!);
        open.delete(node.attributes.startRef);
      } else walk(node.children);
    }
  };
  walk(target.children);
  return new Map([...done].sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })));
}

describe("writeXliff with the QA report (ITS Localization Quality Issue)", () => {
  it("validates against the OASIS XLIFF 2.1 schemas with the ITS module", () => {
    const result = xmllint(writeXliff(doc(true)));
    expect(result.output).toContain("validates");
    expect(result.ok, result.output).toBe(true);
  });

  it("groups the issues of one span in a unit-level its:locQualityIssues, with type, comment, severity and ignored ones disabled", () => {
    const root = readXml(writeXliff(doc(true)));
    expect(root.attributes["its:version"]).toBe("2.0");
    const groups = all(root, "locQualityIssues");
    expect(groups.map((g) => all(g, "locQualityIssue").map((i) => i.attributes))).toEqual([
      [{ locQualityIssueType: "numbers", locQualityIssueComment: 'Write "million" after a number & not "millions".', locQualityIssueSeverity: "50" }],
      [{ locQualityIssueType: "numbers", locQualityIssueComment: "The number 200 is missing; 300 is not in the French.", locQualityIssueSeverity: "90" }],
      [
        {
          locQualityIssueType: "typographical",
          locQualityIssueComment: "French quotes « » in English.",
          locQualityIssueSeverity: "10",
          locQualityIssueEnabled: "no",
        },
      ],
      [{ locQualityIssueType: "typographical", locQualityIssueComment: "The sentence has no final period.", locQualityIssueSeverity: "90" }],
    ]);
    // Each group is referenced by exactly one start marker of the target.
    const refs = all(root, "sm").map((sm) => sm.attributes["its:locQualityIssuesRef"]);
    expect(refs).toEqual(groups.map((g) => `#its=${g.attributes["xml:id"]}`));
  });

  it("marks each span where its UTF-16 offsets say, overlapping and empty spans included", () => {
    const [target] = all(readXml(writeXliff(doc(true))), "target");
    const spans = [...markedSpans(target).values()];
    expect(spans).toEqual([TARGET.slice(7, 20), TARGET.slice(7, 11), TARGET.slice(26, 35), ""]);
    expect(spans[1]).toBe("$300");
  });

  it("reads back to the same text, and writes nothing of the report unless asked", () => {
    const back = parseXliff(writeXliff(doc(true)));
    expect(back.units[0].segments.map((s) => s.target)).toEqual([TARGET, ""]);
    const plain = writeXliff(doc(false));
    expect(plain).not.toMatch(/its:|<sm /u);
    const bare = doc(false);
    for (const segment of bare.units[0].segments) delete segment.qualityIssues;
    expect(plain).toBe(writeXliff(bare));
  });

  it("keeps a span off the middle of a surrogate pair and inside the target", () => {
    const xml = writeXliff(doc(true, [issue(1, 99, "length", "Too long.")]));
    expect(xmllint(xml).ok).toBe(true);
    const [target] = all(readXml(xml), "target");
    expect([...markedSpans(target).values()]).toEqual([TARGET]);
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_QA_SETTINGS } from "../settings";
import { findingRows, type FindingRow } from "../../testing/qa-check-table";
import { caseCheck } from "./case";
import { doubleSpaceCheck } from "./double-space";
import { lengthCheck } from "./length";

type Row = readonly [string, string, readonly FindingRow[]];
const LONG_SOURCE = "Le Pentagone exige un accès illimité."; // 37 characters

// [source, target, expected [code, flagged text, suggestion]]. Positive rows first, then negative ones.
const LENGTH: readonly Row[] = [
  [LONG_SOURCE, "Pentagon.", [["length", "Pentagon.", null]]],
  [LONG_SOURCE, `${"The Pentagon demands unlimited access. ".repeat(2)}`, [["length", "The Pentagon demands unlimited access. ".repeat(2), null]]],
  // Negative rows.
  [LONG_SOURCE, "The Pentagon demands unlimited access.", []],
  ["Jeudi", "On Thursday, at last, after all that", []],
  [LONG_SOURCE, "", []],
];

const DOUBLE_SPACE: readonly Row[] = [
  ["a b", "the  Pentagon", [["double-space", "  ", " "]]],
  [
    "a b",
    "the \u00A0Pentagon   said",
    [
      ["double-space", " \u00A0", " "],
      ["double-space", "   ", " "],
    ],
  ],
  // Negative rows.
  ["a b", "the Pentagon said", []],
  ["a b", "  indented, trailing  ", []],
  ["a b", "line one\n\nline two", []],
];

const CASE: readonly Row[] = [
  ["Jeudi, le patron", "thursday, the boss", [["case", "t", "T"]]],
  ["« Les extrémistes", "“the extremists", [["case", "t", "T"]]],
  ["Élysée", "élysée", [["case", "é", "É"]]],
  // Negative rows.
  ["Jeudi, le patron", "On Thursday, the boss", []],
  ["jeudi", "thursday", []],
  ["L’iPhone d’Apple", "iPhone sales", []],
  ["Le site www.anthropic.com", "www.anthropic.com says", []],
  ["Le compte @AnthropicAI", "@AnthropicAI wrote", []],
  ["200 millions de dollars", "$200 million", []],
  ["", "anything", []],
];

describe("length", () => {
  it.each(LENGTH)("%s → %s", (source, target, expected) => {
    expect(findingRows(lengthCheck, source, target)).toEqual(expected);
  });

  it("reads the project's ratio", () => {
    const settings = { ...DEFAULT_QA_SETTINGS, lengthRatio: { min: 1.5, max: 3 } };
    const findings = lengthCheck.run({ source: LONG_SOURCE, target: "The Pentagon demands unlimited access." }, { settings });
    expect(findings.map((f) => [f.message.key, f.subject])).toEqual([["length.too-short", "short"]]);
  });
});

describe("double-space", () => {
  it.each(DOUBLE_SPACE)("%s → %j", (source, target, expected) => {
    expect(findingRows(doubleSpaceCheck, source, target)).toEqual(expected);
  });
});

describe("case", () => {
  it.each(CASE)("%s → %s", (source, target, expected) => {
    expect(findingRows(caseCheck, source, target)).toEqual(expected);
  });
});

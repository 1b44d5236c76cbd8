import { describe, expect, it } from "vitest";
import { findingRows, type FindingRow } from "../../testing/qa-check-table";
import { typographyCheck } from "./typography";

const NBSP = "\u00A0";
const NNBSP = "\u202F";

// [target, expected [code, flagged text, suggestion]]. Positive rows first, then negative ones.
const CASES: ReadonlyArray<readonly [string, readonly FindingRow[]]> = [
  [
    `as a « supply chain risk »`,
    [
      ["typography", "« ", "“"],
      ["typography", " »", "”"],
    ],
  ],
  [
    `as a «${NBSP}risk${NBSP}»`,
    [
      ["typography", `«${NBSP}`, "“"],
      ["typography", `${NBSP}»`, "”"],
    ],
  ],
  [
    `he said "it is «${NNBSP}hasty${NNBSP}»" today`,
    [
      ["typography", `«${NNBSP}`, "'"],
      ["typography", `${NNBSP}»`, "'"],
    ],
  ],
  [
    "“He called it «hasty»,” she said",
    [
      ["typography", "«", "‘"],
      ["typography", "»", "’"],
    ],
  ],
  [
    "« outer « inner » outer »",
    [
      ["typography", "« ", "“"],
      ["typography", "« ", "‘"],
      ["typography", " »", "’"],
      ["typography", " »", "”"],
    ],
  ],
  [
    "a ‹ single › quote",
    [
      ["typography", "‹ ", "‘"],
      ["typography", " ›", "’"],
    ],
  ],
  ["Truth Social : the post", [["typography", " ", ""]]],
  [`a threat${NBSP}: if`, [["typography", NBSP, ""]]],
  [
    `Why${NNBSP}? Because${NNBSP}!`,
    [
      ["typography", NNBSP, ""],
      ["typography", NNBSP, ""],
    ],
  ],
  ["first ; second", [["typography", " ", ""]]],
  [`and then${NBSP}…`, [["typography", NBSP, ""]]],
  [`and then${NNBSP}...`, [["typography", NNBSP, ""]]],
  // Negative rows.
  ["as a “supply chain risk”", []],
  ["Truth Social: the post", []],
  ["and then …", []],
  ["he said […] that", []],
  [`${NBSP}? at the start`, []],
  ["meet at 10 :30", []],
  ["see https://example.com/?q=1 or mailto:x", []],
  ["nice :) and ;-)", []],
  [`1${NBSP}200 people, 3,5 %`, []],
  ["Anthropic’s “ultimatum” and the companies’ demands", []],
];

describe("typography", () => {
  it.each(CASES)("%s", (target, expected) => {
    expect(findingRows(typographyCheck, "", target)).toEqual(expected);
  });
});

import { describe, expect, it } from "vitest";
import { compileQaGlossary } from "../glossary";
import { findInconsistencies } from "../inconsistent";
import { DEFAULT_QA_SETTINGS } from "../settings";
import { caseCheck } from "./case";
import { doubleSpaceCheck } from "./double-space";
import { TEXT_CHECKS } from "./index";
import { typographyCheck } from "./typography";

const PIECES = [
  "risque",
  "risk",
  "« ",
  " »",
  "“",
  "”",
  "‘",
  "’",
  '"',
  "'",
  "(",
  ")",
  "[",
  "]",
  " ",
  "\u00A0",
  "\u202F",
  ":",
  "?",
  "…",
  "...",
  ".",
  "é",
  "🙂",
  "\uD83D",
  "@a_b",
  "x@y.fr",
  "https://a.b/c",
  "L’",
  "d’",
  "IA",
  "\n",
];

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe("the text checks on arbitrary text", () => {
  const glossary = compileQaGlossary([{ id: "r", source: "risque", accepted: ["risk"], forbidden: ["hazard"] }]);
  const next = random(14);
  const text = () => Array.from({ length: Math.floor(next() * 30) }, () => PIECES[Math.floor(next() * PIECES.length)]).join("");
  const pairs = Array.from({ length: 2000 }, () => ({ source: text(), target: text() }));

  it("never throw and keep every span inside the target", () => {
    for (const pair of pairs) {
      for (const check of TEXT_CHECKS) {
        for (const finding of check.run(pair, { settings: DEFAULT_QA_SETTINGS, glossary })) {
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.end).toBeGreaterThanOrEqual(finding.start);
          expect(finding.end).toBeLessThanOrEqual(pair.target.length);
          expect(check.codes).toContain(finding.code);
        }
      }
    }
    expect(() => findInconsistencies(pairs.map((pair, k) => ({ segmentId: String(k), ...pair })))).not.toThrow();
  });

  it("have one finding fewer once a suggestion is applied, and no new one", () => {
    let applied = 0;
    for (const pair of pairs) {
      for (const check of [typographyCheck, doubleSpaceCheck, caseCheck]) {
        const before = check.run(pair, { settings: DEFAULT_QA_SETTINGS });
        const first = before.find((finding) => finding.suggestion !== undefined);
        if (!first) continue;
        const fixed = pair.target.slice(0, first.start) + first.suggestion + pair.target.slice(first.end);
        expect(check.run({ ...pair, target: fixed }, { settings: DEFAULT_QA_SETTINGS }).length, JSON.stringify([pair.target, fixed])).toBe(before.length - 1);
        applied++;
      }
    }
    expect(applied).toBeGreaterThan(100);
  });
});

import fs from "node:fs";
import { Dialect, LocalLinter } from "harper.js";
import { binaryInlined } from "harper.js/binaryInlined";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readGlossary } from "../formats/read-glossary";
import { decodeText } from "../import/decode-text";
import { parseTextDocument } from "../import/parse-text-document";
import { segmentBlocks } from "../segmentation/segment-blocks";
import { findInconsistencies } from "./inconsistent";
import { createHarperChecker } from "./language/harper-checker";
import { checkPairWithLanguage, type LanguageChecker, type QaContext } from "./run-checks";
import { DEFAULT_QA_SETTINGS } from "./settings";
import { qaGlossaryOfTermbase } from "./termbase-glossary";
import type { QaCode, QaPair } from "./types";

// The issue's "Done when": the demo article translated well raises no warning but the defended
// ones below; with ten planted errors of ten kinds, all ten are found. Every check runs, with the
// default settings, the demo glossary and the English linter (harper).
const GOLDEN = path.resolve("core/qa/__golden__");
const pairsOf = (name: string): QaPair[] =>
  fs
    .readFileSync(path.join(GOLDEN, name), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as QaPair);
const GOOD = pairsOf("demo-good.jsonl");
const PLANTED = pairsOf("demo-planted.jsonl");
const EXPECTED = JSON.parse(fs.readFileSync(path.join(GOLDEN, "demo-planted.expected.json"), "utf8")) as { pair: number; code: QaCode; planted: string }[];

/** Warnings on the good translation that are right to raise or harmless, each with why. Keep it short. */
const DEFENDED: { pair: number; code: QaCode; why: string }[] = [];

const { entries } = readGlossary(new Uint8Array(fs.readFileSync(path.join(GOLDEN, "demo-glossary.csv"))), "demo-glossary.csv");
const context: QaContext = { settings: DEFAULT_QA_SETTINGS, glossary: qaGlossaryOfTermbase(entries) };
let language: LanguageChecker;

beforeAll(async () => {
  // The English linter as the server builds it (server/qa/language-checker.ts), which core cannot import.
  const linter = new LocalLinter({ binary: binaryInlined, dialect: Dialect.American });
  await linter.setup();
  language = createHarperChecker(linter);
}, 60_000);

/** Every issue of the document, the pair checks' and the document-wide consistency check's. */
async function found(pairs: readonly QaPair[]) {
  const all = await Promise.all(pairs.map((pair) => checkPairWithLanguage(pair, context, language)));
  const inconsistent = findInconsistencies(pairs.map((pair, k) => ({ segmentId: String(k), ...pair })));
  return all.flatMap((issues, pair) =>
    [...issues, ...(inconsistent.get(String(pair)) ?? [])].map((issue) => ({ pair, code: issue.code, text: pairs[pair].target.slice(issue.start, issue.end) })),
  );
}

describe("the demo article", () => {
  it("has its sources exactly as the app segments the seed article, and the planted copy differs only where planted", () => {
    const text = decodeText(new Uint8Array(fs.readFileSync(path.resolve("prisma/seed/anthropic-pentagone.fr.txt")))).text;
    const sources = segmentBlocks(parseTextDocument(text, { format: "txt" }).blocks, "fr").flat();
    expect(GOOD.map((p) => p.source)).toEqual(sources);
    expect(PLANTED.map((p) => p.source)).toEqual(sources);
    const changed = PLANTED.flatMap((p, k) => (p.target === GOOD[k].target ? [] : [k]));
    expect(changed).toEqual(EXPECTED.map((e) => e.pair).sort((a, b) => a - b));
    expect(new Set(EXPECTED.map((e) => e.code)).size).toBeGreaterThanOrEqual(9); // ten kinds, typography twice (« » and a space before a colon)
  });

  it("translated well, raises no warning but the defended ones", async () => {
    const issues = await found(GOOD);
    expect(issues.map(({ pair, code, text }) => ({ pair, code, text }))).toEqual(
      DEFENDED.map(({ pair, code }) => ({ pair, code, text: expect.any(String) as unknown as string })),
    );
  }, 60_000);

  it("with ten planted errors, finds all ten, and nothing new elsewhere", async () => {
    const issues = await found(PLANTED);
    for (const { pair, code, planted } of EXPECTED) {
      expect(
        issues.some((issue) => issue.pair === pair && issue.code === code),
        `pair ${pair}: ${planted} (${code})`,
      ).toBe(true);
    }
    const plantedPairs = new Set(EXPECTED.map((e) => e.pair));
    const elsewhere = issues.filter((issue) => !plantedPairs.has(issue.pair)).map(({ pair, code }) => ({ pair, code }));
    expect(elsewhere).toEqual(DEFENDED.filter((d) => !plantedPairs.has(d.pair)).map(({ pair, code }) => ({ pair, code })));
  }, 60_000);
});

/**
 * QA speed (issue 14): a 10,000-segment document with a 5,000-term glossary (qa-corpus.ts) through
 * the one runner — the synchronous checks (whatever PAIR_CHECKS holds), then every check with the
 * English linter (harper, the server's checker) — and the per-keystroke cost in the editor: one
 * ~30-word segment re-checked after each keystroke as it is typed. Baselines in this process: the
 * glossary's term matcher alone over the same sources (what the term checks at least do), and raw
 * harper lint() over the same targets (what the language checker adds to it).
 * BENCH_QA_SEGMENTS / BENCH_QA_TERMS shrink the input for a quick run.
 */
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PAIR_CHECKS } from "../core/qa/checks";
import { checkPair, checkPairWithLanguage, type QaContext } from "../core/qa/run-checks";
import { DEFAULT_QA_SETTINGS } from "../core/qa/settings";
import type { QaIssue, QaPair } from "../core/qa/types";
import { compileQaGlossary } from "../core/qa/glossary";
import { DISABLED_RULES } from "../core/qa/language/lint-rules";
import { matchTerms } from "../core/terms/match-terms";
import { getLanguageChecker } from "../server/qa/language-checker";
import { qaBenchInput } from "./qa-corpus";
import { percentile } from "./writer";

const SEGMENTS = Number(process.env.BENCH_QA_SEGMENTS ?? 10_000);
const TERMS = Number(process.env.BENCH_QA_TERMS ?? 5_000);
const RAW_HARPER_SEGMENTS = Math.min(SEGMENTS, 500);

const round = (ms: number): number => Math.round(ms * 10) / 10;
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const spread = (values: number[]) => ({ p50: percentile(sorted(values), 50), p95: percentile(sorted(values), 95), max: round(Math.max(...values)) });

function countByCode(issues: readonly QaIssue[][]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const list of issues) for (const issue of list) counts[issue.code] = (counts[issue.code] ?? 0) + 1;
  return counts;
}

/** The pair whose target is nearest 30 words: the segment typed in the keystroke bench. */
function typedSegment(pairs: readonly QaPair[]): QaPair {
  const words = (pair: QaPair) => pair.target.split(/\s+/u).length;
  return pairs.reduce((best, pair) => (Math.abs(words(pair) - 30) < Math.abs(words(best) - 30) ? pair : best));
}

export async function benchQa() {
  const { pairs, glossaryEntries } = qaBenchInput(SEGMENTS, TERMS);
  const compileStarted = performance.now();
  const glossary = compileQaGlossary(glossaryEntries);
  const compileMs = performance.now() - compileStarted;
  const context: QaContext = { settings: DEFAULT_QA_SETTINGS, glossary };

  // Baseline: the term matcher alone over every source.
  let started = performance.now();
  let termMatches = 0;
  for (const pair of pairs) termMatches += matchTerms(glossary.index, pair.source).length;
  const termMatcherMs = performance.now() - started;

  started = performance.now();
  const syncIssues = pairs.map((pair) => checkPair(pair, context));
  const syncMs = performance.now() - started;

  started = performance.now();
  const checker = await getLanguageChecker();
  const languageSetupMs = performance.now() - started;

  // Raw harper over the first targets, then the same targets through the checker, for the overhead.
  const { LocalLinter, Dialect } = await import("harper.js");
  const { binaryInlined } = await import("harper.js/binaryInlined");
  const raw = new LocalLinter({ binary: binaryInlined, dialect: Dialect.American });
  await raw.setup();
  await raw.setLintConfig(Object.fromEntries(DISABLED_RULES.map((rule) => [rule, false])));
  started = performance.now();
  for (const pair of pairs.slice(0, RAW_HARPER_SEGMENTS)) for (const lint of await raw.lint(pair.target, { language: "plaintext" })) lint.free();
  const rawHarperMs = performance.now() - started;
  await raw.dispose();

  const perSegment: number[] = [];
  const allIssues: QaIssue[][] = [];
  started = performance.now();
  for (const pair of pairs) {
    const one = performance.now();
    allIssues.push(await checkPairWithLanguage(pair, context, checker));
    perSegment.push(performance.now() - one);
  }
  const withLanguageMs = performance.now() - started;
  const checkerFirstMs = perSegment.slice(0, RAW_HARPER_SEGMENTS).reduce((a, b) => a + b, 0);

  // Keystrokes: the target typed one character at a time, all checks after each one.
  const typed = typedSegment(pairs);
  const syncKeystroke: number[] = [];
  const fullKeystroke: number[] = [];
  for (let end = 1; end <= typed.target.length; end++) {
    const pair = { source: typed.source, target: typed.target.slice(0, end) };
    let one = performance.now();
    checkPair(pair, context);
    syncKeystroke.push(performance.now() - one);
    one = performance.now();
    await checkPairWithLanguage(pair, context, checker);
    fullKeystroke.push(performance.now() - one);
  }

  return {
    segments: pairs.length,
    glossaryTerms: glossaryEntries.length,
    registeredChecks: PAIR_CHECKS.length,
    glossaryCompileMs: round(compileMs),
    baselineTermMatcher: { totalMs: round(termMatcherMs), matches: termMatches },
    sync: { totalMs: round(syncMs), perSegmentMs: Math.round((syncMs / pairs.length) * 1000) / 1000, issues: countByCode(syncIssues) },
    language: {
      setupMs: round(languageSetupMs),
      totalMs: round(withLanguageMs),
      perSegmentMs: spread(perSegment),
      issues: countByCode(allIssues),
      baselineRawHarper: { segments: RAW_HARPER_SEGMENTS, rawLintMs: round(rawHarperMs), sameSegmentsThroughCheckerMs: round(checkerFirstMs) },
    },
    keystroke: {
      segmentWords: typed.target.split(/\s+/u).length,
      keystrokes: typed.target.length,
      syncChecksMs: spread(syncKeystroke),
      withLanguageMs: spread(fullKeystroke),
      goalP95Ms: 50,
    },
    loadAverage1m: Math.round(os.loadavg()[0] * 100) / 100,
    cpus: os.cpus().length,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log(JSON.stringify(await benchQa(), null, 2));
}

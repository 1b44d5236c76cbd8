/**
 * `term-missing` and `term-forbidden`: for each glossary term found in the French (the one term
 * matcher, through inflection), the target should hold one of its accepted English equivalents
 * and none of its forbidden ones. English is read through english-fold.ts (risks, risk's,
 * supply-chain). Presence, not counts: a term used twice in French is often translated once and
 * referred to after. An accepted equivalent inside a forbidden one does not count as used.
 */

import { englishWords, findEnglishPhrase, type EnglishSpan, type EnglishWord } from "../../terms/english-fold";
import { matchTerms } from "../../terms/match-terms";
import type { QaGlossaryEntry } from "../glossary";
import type { QaContext } from "../run-checks";
import type { QaFinding, QaPair } from "../types";
import type { RegisteredCheck } from "./index";

const overlaps = (a: EnglishSpan, b: EnglishSpan) => a.start < b.end && b.start < a.end;
const within = (inner: EnglishSpan, outer: EnglishSpan) => outer.start <= inner.start && inner.end <= outer.end;
const length = (span: EnglishSpan) => span.end - span.start;
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[\s\u00A0\u202F\-‐‑–]+/u)
    .join(" ");

/**
 * The accepted term to put in place of a forbidden one, only when certain: the forbidden term was
 * written as in the glossary (not inflected: "risks" would need "risks" of the equivalent too).
 */
function replacementFor(written: string, forbidden: string, accepted: string | undefined): string | undefined {
  if (!accepted || wordsOf(written) !== wordsOf(forbidden)) return undefined;
  const capitalised = written[0] !== written[0].toLowerCase() && forbidden[0] === forbidden[0].toLowerCase();
  return capitalised ? accepted[0].toUpperCase() + accepted.slice(1) : accepted;
}

function checkEntry(entry: QaGlossaryEntry, frenchText: string, target: string, words: readonly EnglishWord[]): QaFinding[] {
  const findings: QaFinding[] = [];
  const acceptedSpans = entry.accepted.flatMap((accepted) => findEnglishPhrase(words, accepted));
  const forbiddenSpans: EnglishSpan[] = [];
  for (const forbidden of entry.forbidden) {
    for (const span of findEnglishPhrase(words, forbidden)) {
      // "security risk" inside the accepted "national security risk" is the accepted term.
      if (acceptedSpans.some((accepted) => within(span, accepted) && length(accepted) > length(span))) continue;
      if (forbiddenSpans.some((other) => overlaps(other, span))) continue;
      forbiddenSpans.push(span);
      const written = target.slice(span.start, span.end);
      const suggestion = replacementFor(written, forbidden, entry.accepted[0]);
      const params = { forbidden: written, expected: entry.accepted.join(" / "), term: frenchText };
      const key = entry.accepted.length > 0 ? "term-forbidden.use-accepted" : "term-forbidden.found";
      findings.push({ code: "term-forbidden", ...span, message: { key, params }, ...(suggestion ? { suggestion } : {}) });
    }
  }
  // "risk" inside the forbidden "procurement risk" is not the accepted "risk" used.
  const used = acceptedSpans.some((accepted) => !forbiddenSpans.some((forbidden) => within(accepted, forbidden)));
  if (entry.accepted.length > 0 && forbiddenSpans.length === 0 && !used) {
    const params = { term: frenchText, expected: entry.accepted.join(" / ") };
    findings.push({ code: "term-missing", start: target.length, end: target.length, message: { key: "term-missing.expected", params }, subject: entry.id });
  }
  return findings;
}

function run({ source, target }: QaPair, { glossary }: QaContext): QaFinding[] {
  // An empty target is `untranslated`'s.
  if (!glossary || target.trim() === "") return [];
  const matches = matchTerms(glossary.index, source);
  if (matches.length === 0) return [];
  const words = englishWords(target);
  const findings: QaFinding[] = [];
  const seen = new Set<string>();
  for (const match of matches) {
    if (seen.has(match.entryId)) continue;
    seen.add(match.entryId);
    const entry = glossary.index.entries.get(match.entryId);
    if (entry) findings.push(...checkEntry(entry.qa, match.text, target, words));
  }
  return findings;
}

export const termsCheck: RegisteredCheck = { codes: ["term-missing", "term-forbidden"], run };

/**
 * Finding an annotation's span again after the segment's text changed. Three tries, cheapest and
 * surest first: the old offsets still hold the quote ("position"); the quote occurs verbatim
 * somewhere ("quote"); the quote occurs with a few edits ("fuzzy", Myers' bit-parallel search from
 * approx-string-match). Candidates are ranked as Hypothesis's match-quote.ts ranks them: mostly by
 * how well the quote matches, then by how well the text either side matches the stored
 * prefix/suffix, and only as a tie-breaker by closeness to the old offset.
 */

import approxSearch from "approx-string-match";
import type { SpanAnchor } from "./span-anchor";

export interface AnchorResult {
  start: number;
  end: number;
  /** 0..1: 1 is the quote and its whole context found unchanged. */
  score: number;
  method: "position" | "quote" | "fuzzy";
}

/**
 * Below this score a candidate is rejected and the annotation becomes an orphan. Measured on the
 * demo article's sentences (3,000 random 1–3-word spans, scores with the weights below):
 * - the span with one letter changed and words inserted before it: median 0.95;
 * - the same with the 12 characters either side rewritten as well: median 0.80, 5th percentile 0.68;
 * - the best fuzzy look-alike in a different sentence: median 0.56, 95th percentile 0.66 — and
 *   those above 0.65 were near-copies of the phrase ("Hegseth a" → "Hegseth, a" after "Pete ").
 * 0.65 keeps the first two and drops nearly all of the third. A verbatim quote always scores at
 * least 50/92 ≈ 0.54 and usually 0.61–0.83 in unrelated text: a term that survived a rewrite of its
 * sentence stays anchored, as in Hypothesis.
 */
export const DEFAULT_ANCHOR_THRESHOLD = 0.65;

/** Relative weights, as in Hypothesis: the quote dominates, context decides between occurrences, position breaks ties. */
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * Edits allowed in a fuzzy quote: one per four characters (so quotes under four characters must
 * match verbatim — with one error "IA" would match every "I"), capped because the search costs
 * O(errors / 32 × text length) and a segment is one sentence. Hypothesis allows one in two; that
 * lets half a term change, which for a gloss is a different term.
 */
const ERRORS_PER_CHARACTER = 1 / 4;
const MAX_ERRORS = 64;

/**
 * An empty prefix or suffix means the quote was at the edge of the text. A candidate also at the
 * edge agrees fully; one elsewhere gets a neutral half, because imported annotations often carry
 * no context at all and must not be penalised as if their context disagreed.
 */
const EMPTY_CONTEXT_AWAY_FROM_EDGE = 0.5;

/** Where `anchor` now lies in `text`, or null when nothing scores at least the threshold. */
export function anchorSpan(text: string, anchor: SpanAnchor, options: { threshold?: number } = {}): AnchorResult | null {
  const threshold = options.threshold ?? DEFAULT_ANCHOR_THRESHOLD;
  const { exact, start, end } = anchor;
  if (exact === "" || text === "") return null;

  // The old offsets still hold the quote, and it is still whole words there (not «affaire» in «affaires»).
  const atOld =
    isOffset(start) && isOffset(end) && start < end && text.slice(start, end) === exact ? toWordBounds(text, { start, end, errors: 0 }, anchor) : null;
  if (atOld && atOld.start === start && atOld.end === end) {
    return { start, end, score: 1, method: "position" };
  }

  const verbatim = findAll(text, exact);
  const method = verbatim.length > 0 ? "quote" : "fuzzy";
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * ERRORS_PER_CHARACTER));
  const candidates = verbatim.length > 0 ? verbatim : maxErrors > 0 ? approxSearch(text, exact, maxErrors) : [];

  let best: AnchorResult | null = null;
  for (const found of candidates) {
    // A quote that was whole words is re-anchored on whole words: «désignation» found inside
    // «désignations» becomes «désignations» (one edit); «a» inside «Donald» becomes «Donald»,
    // which no longer resembles the quote and falls below the threshold.
    const candidate = toWordBounds(text, found, anchor);
    if (candidate === null || candidate.end <= candidate.start || candidate.errors > maxErrors) continue;
    const { score, context } = scoreCandidate(text, anchor, candidate);
    // A short quote says little on its own («de la», «risque»): found where neither side of its
    // old context is, it is more likely other text than the annotated one. Orphaning it is
    // visible and reversible; anchoring it there would silently move the note.
    if (exact.length < DISTINCTIVE_QUOTE_LENGTH && context < MIN_CONTEXT_FOR_SHORT_QUOTES) continue;
    if (best === null || score > best.score) best = { start: candidate.start, end: candidate.end, score, method };
  }
  return best !== null && best.score >= threshold ? best : null;
}

/** Quotes at least this long are distinctive enough to re-anchor on their own. */
const DISTINCTIVE_QUOTE_LENGTH = 24;
/**
 * Shorter quotes need one side of their context to match at least this well (0..1). Measured with
 * `npm run bench` (anchoring, 2,500 deleted one-to-three-word spans of the demo): with no such rule
 * 6.2% were re-anchored on other text, at 0.5 2.6%, at 0.8 with whole-word bounds 0%.
 */
const MIN_CONTEXT_FOR_SHORT_QUOTES = 0.8;

const WORD = /[\p{L}\p{N}]/u;

/** Longest quote we widen to word bounds (the edit distance below is quadratic). */
const MAX_WIDENED_QUOTE = 400;

/** The candidate widened to whole words where the annotated quote began or ended a word, errors recounted; null if too long to compare. */
function toWordBounds(text: string, candidate: Candidate, anchor: SpanAnchor): Candidate | null {
  const startsWord = WORD.test(anchor.exact[0] ?? "") && !WORD.test(anchor.prefix.at(-1) ?? "");
  const endsWord = WORD.test(anchor.exact.at(-1) ?? "") && !WORD.test(anchor.suffix[0] ?? "");
  let { start, end } = candidate;
  while (startsWord && start > 0 && WORD.test(text[start - 1])) start--;
  while (endsWord && end < text.length && WORD.test(text[end])) end++;
  if (start === candidate.start && end === candidate.end) return candidate;
  if (end - start > MAX_WIDENED_QUOTE) return null;
  return { start, end, errors: editDistance(anchor.exact, text.slice(start, end)) };
}

/** Levenshtein distance (two rows). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function isOffset(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
}

/** Every verbatim occurrence, overlapping ones included ("aa" in "aaa" twice). */
function findAll(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/** Weighted 0..1 score of one candidate, as in Hypothesis's matchQuote, and how well its better side of context agrees. */
function scoreCandidate(text: string, anchor: SpanAnchor, candidate: Candidate): { score: number; context: number } {
  const quoteScore = Math.max(0, 1 - candidate.errors / anchor.exact.length);
  const before = text.slice(Math.max(0, candidate.start - anchor.prefix.length), candidate.start);
  const after = text.slice(candidate.end, candidate.end + anchor.suffix.length);
  const prefixScore = contextScore(before, anchor.prefix, candidate.start === 0);
  const suffixScore = contextScore(after, anchor.suffix, candidate.end === text.length);
  // An anchor without a usable old offset (e.g. imported with only a quote) gets no position preference.
  const positionScore = isOffset(anchor.start) ? Math.max(0, 1 - Math.abs(candidate.start - anchor.start) / text.length) : 1;
  const raw = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
  return { score: raw / TOTAL_WEIGHT, context: Math.max(prefixScore, suffixScore) };
}

/** How closely the text next to a candidate matches the stored context: 1 − edit distance / length. */
function contextScore(actual: string, expected: string, atEdge: boolean): number {
  if (expected === "") return atEdge ? 1 : EMPTY_CONTEXT_AWAY_FROM_EDGE;
  if (actual === expected) return 1;
  if (actual === "") return 0;
  // Allowing expected.length errors guarantees a match; its error count is the (substring) edit distance.
  const [match] = approxSearch(actual, expected, expected.length);
  return match === undefined ? 0 : Math.max(0, 1 - match.errors / expected.length);
}

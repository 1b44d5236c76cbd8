/**
 * Merging, splitting and moving text between neighbouring segment pairs. Pure: each function takes
 * pairs and returns pairs, and none of them ever adds, drops or reorders a character of text —
 * only the whitespace at a joint changes (one space between joined texts). That invariant is what
 * lets the user restructure an alignment freely: the concatenated source and target stay the same.
 */
import { segmentSentences } from "../segmentation/segment-sentences";

export interface Pair {
  source: string;
  target: string;
}

/** Joins two texts with one space, or returns the non-empty one. */
export function joinText(left: string, right: string): string {
  const a = left.trimEnd();
  const b = right.trimStart();
  return a && b ? `${a} ${b}` : a || b;
}

/** Splits a text at an offset, trimming the whitespace at the cut. Offsets are clamped. */
export function splitText(text: string, offset: number): [string, string] {
  const at = Math.max(0, Math.min(text.length, offset));
  return [text.slice(0, at).trimEnd(), text.slice(at).trimStart()];
}

/** One pair made of two: sources joined, targets joined. */
export function mergePairs(first: Pair, second: Pair): Pair {
  return { source: joinText(first.source, second.source), target: joinText(first.target, second.target) };
}

/** Two pairs made of one, cut at the given source and target offsets. */
export function splitPair(pair: Pair, sourceOffset: number, targetOffset: number): [Pair, Pair] {
  const [s1, s2] = splitText(pair.source, sourceOffset);
  const [t1, t2] = splitText(pair.target, targetOffset);
  return [
    { source: s1, target: t1 },
    { source: s2, target: t2 },
  ];
}

/** Where a pair's source would naturally split: after its first sentence, else in the middle of a word gap. */
export function defaultSourceSplit(source: string, lang: "fr" | "en" = "fr"): number {
  const sentences = segmentSentences(source, lang);
  if (sentences.length > 1) return sentences[0].end;
  const middle = source.indexOf(" ", Math.floor(source.length / 2));
  return middle < 0 ? source.length : middle;
}

/** Moves the last target sentence of `upper` to the start of `lower`'s target. Null when `upper` has no target. */
export function moveLastTargetSentenceDown(upper: Pair, lower: Pair, lang: "fr" | "en" = "en"): [Pair, Pair] | null {
  const sentences = segmentSentences(upper.target, lang);
  if (sentences.length === 0) return null;
  const last = sentences[sentences.length - 1];
  const [kept, moved] = splitText(upper.target, last.start);
  return [
    { ...upper, target: kept },
    { ...lower, target: joinText(moved, lower.target) },
  ];
}

/** Moves the first target sentence of `lower` to the end of `upper`'s target. Null when `lower` has no target. */
export function moveFirstTargetSentenceUp(upper: Pair, lower: Pair, lang: "fr" | "en" = "en"): [Pair, Pair] | null {
  const sentences = segmentSentences(lower.target, lang);
  if (sentences.length === 0) return null;
  const [moved, kept] = splitText(lower.target, sentences[0].end);
  return [
    { ...upper, target: joinText(upper.target, moved) },
    { ...lower, target: kept },
  ];
}

/** Detaches a pair's target into a pair of its own with no source (an unaligned target sentence). */
export function unalignTarget(pair: Pair): [Pair, Pair] | null {
  if (!pair.target || !pair.source) return null;
  return [
    { source: pair.source, target: "" },
    { source: "", target: pair.target },
  ];
}

/** Whitespace-insensitive concatenation, for checking that restructuring kept every character. */
export function textFingerprint(pairs: Pair[], side: "source" | "target"): string {
  return pairs
    .map((p) => p[side])
    .join(" ")
    .replace(/\s+/g, "");
}

/**
 * The segments of a whole parsed text, as both imports cut them: a heading is one segment, a
 * paragraph is cut into sentences (or kept whole when asked). Counts as it goes and stops at the
 * first segment past MAX_SEGMENTS, so an oversized text is refused before anything is written —
 * and before the rest of it is even segmented.
 */

import { DomainError } from "../errors";
import { MAX_SEGMENTS } from "../limits";
import type { ParsedBlock } from "../model/document";
import { runAtOnce, type Steps } from "../work/slices";
import { segmentSentences } from "./segment-sentences";
import type { SegmentLanguage } from "./types";

export type SegmentationMode = "sentence" | "paragraph";

/** Blocks segmented between two safe points. */
const BLOCKS_PER_STEP = 256;

/** The refusal of a text or document over the limit (also used when an alignment would grow one past it). */
export function tooManySegments(what: "text" | "document", limit = MAX_SEGMENTS): DomainError {
  const count = limit.toLocaleString("en");
  const message =
    what === "text"
      ? `This text makes more than ${count} segments, the most one document can hold; split it into several documents.`
      : `With this translation the document would have more than ${count} segments, the most one document can hold.`;
  return new DomainError("TOO_LARGE", message, { reason: what === "text" ? "TOO_MANY_SEGMENTS" : "DOCUMENT_TOO_MANY_SEGMENTS", limit });
}

/** Each block's segment texts, in order, yielding every few hundred blocks; throws TOO_LARGE past `limit`. */
export function* segmentBlockSteps(
  blocks: readonly ParsedBlock[],
  lang: SegmentLanguage,
  mode: SegmentationMode = "sentence",
  limit = MAX_SEGMENTS,
  report?: (done: number, total: number) => void,
): Steps<string[][]> {
  // Every block makes at least one segment.
  if (blocks.length > limit) throw tooManySegments("text", limit);
  const out: string[][] = [];
  let count = 0;
  for (const [k, block] of blocks.entries()) {
    if (k % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) {
      report?.(k, blocks.length);
      yield;
    }
    const texts = mode === "paragraph" || block.kind === "heading" ? [block.text] : segmentSentences(block.text, lang).map((sentence) => sentence.text);
    count += texts.length;
    if (count > limit) throw tooManySegments("text", limit);
    out.push(texts);
  }
  return out;
}

/** The same, straight through. */
export function segmentBlocks(blocks: readonly ParsedBlock[], lang: SegmentLanguage, mode: SegmentationMode = "sentence", limit = MAX_SEGMENTS): string[][] {
  return runAtOnce(segmentBlockSteps(blocks, lang, mode, limit));
}

/**
 * Moving annotation offsets with the text when segments are merged or split. The text operations
 * are core/segments/restructure.ts's joinText and splitText, imported rather than re-derived so the
 * two can never disagree: both keep every character except whitespace at the joint (the first text's
 * trailing and the second's leading whitespace, replaced by one space when joining; trimmed on both
 * sides of a cut). So an anchor keeps its quote exactly, unless it reached into that whitespace:
 * then it is clamped to the kept text and quotes the same thing minus that whitespace.
 */

import { joinText, splitText } from "../segments/restructure";

export interface Positioned {
  start: number;
  end: number;
}

/** Anchors of both segments expressed in joinText(first, second). */
export function shiftForMerge<T extends Positioned>(first: string, second: string, firstAnchors: readonly T[], secondAnchors: readonly T[]): T[] {
  const kept = first.trimEnd();
  const rest = second.trimStart();
  const dropped = second.length - rest.length;
  // joinText(first, second) is `kept`, maybe one space, then `rest`: read where `rest` begins off it.
  const restAt = joinText(first, second).length - rest.length;
  return [
    ...firstAnchors.map((anchor) => clampAndShift(anchor, 0, kept.length, 0)),
    ...secondAnchors.map((anchor) => clampAndShift(anchor, dropped, second.length, restAt - dropped)),
  ];
}

/**
 * Anchors split at `offset` as splitText does: those wholly before go to `first`, wholly after to
 * `second` (re-based), those crossing the cut to `cut` (unchanged: the caller decides, e.g. orphans
 * them or re-anchors them in one half).
 */
export function shiftForSplit<T extends Positioned>(source: string, offset: number, anchors: readonly T[]): { first: T[]; second: T[]; cut: T[] } {
  // splitText clamps the offset, and String.slice then truncates it (NaN counts as 0): do the same.
  const clamped = Math.max(0, Math.min(source.length, offset));
  const at = Number.isNaN(clamped) ? 0 : Math.trunc(clamped);
  const [before, after] = splitText(source, offset);
  const afterAt = source.length - after.length;
  const result: { first: T[]; second: T[]; cut: T[] } = { first: [], second: [], cut: [] };
  for (const anchor of anchors) {
    if (anchor.end <= at) result.first.push(clampAndShift(anchor, 0, before.length, 0));
    else if (anchor.start >= at) result.second.push(clampAndShift(anchor, afterAt, source.length, -afterAt));
    else result.cut.push(anchor);
  }
  return result;
}

/**
 * A copy of `anchor` with both ends clamped to [lo, hi] (the part of its old text that is kept),
 * then moved by `delta`. An anchor lying wholly in dropped whitespace collapses to an empty range at
 * the joint; describeSpan never makes one (it refuses blank spans), and anchorSpan orphans it.
 */
function clampAndShift<T extends Positioned>(anchor: T, lo: number, hi: number, delta: number): T {
  const clamp = (n: number) => Math.max(lo, Math.min(hi, n));
  return { ...anchor, start: clamp(anchor.start) + delta, end: clamp(anchor.end) + delta };
}

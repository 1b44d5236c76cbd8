import { anchorSpan } from "@/core/annotations/anchor-span";
import { shiftForMerge, shiftForSplit } from "@/core/annotations/shift-anchors";
import { describeSpan } from "@/core/annotations/span-anchor";
import type { Db } from "../db/client";

type Tx = Pick<Db, "comment">;
/** A segment's id and English target: comment spans are on the target, not the source. */
interface SegmentTarget {
  id: string;
  targetText: string;
}
interface Placed {
  id: string;
  start: number;
  end: number;
  updatedAt: Date;
}

/**
 * The roots of a segment with a span found in its current target. Target edits do not move spans
 * (only loads re-anchor them), so the stored offsets may be stale: they are looked up first, and
 * a span that cannot be found is left as it is, to be reported lost (or found again by its quote).
 */
async function spansOn(tx: Tx, segment: SegmentTarget): Promise<Placed[]> {
  const rows = await tx.comment.findMany({
    where: { segmentId: segment.id, parentId: null, start: { not: null } },
    select: { id: true, start: true, end: true, exact: true, prefix: true, suffix: true, updatedAt: true },
  });
  return rows.flatMap((row) => {
    const found = anchorSpan(segment.targetText, {
      start: row.start!,
      end: row.end!,
      exact: row.exact ?? "",
      prefix: row.prefix ?? "",
      suffix: row.suffix ?? "",
    });
    return found ? [{ id: row.id, start: found.start, end: found.end, updatedAt: row.updatedAt }] : [];
  });
}

// Moving a comment is not an edit of its words: updatedAt (its version and shown date) is kept, so
// an author's open editor does not meet a CONFLICT for a change nobody made to the comment.
async function place(tx: Tx, segment: SegmentTarget, spans: Placed[]) {
  for (const s of spans) {
    const exact = segment.targetText.slice(s.start, s.end);
    // A span reduced to the whitespace dropped at the joint has nothing left to quote: left as is.
    if (!exact.trim()) continue;
    await tx.comment.update({
      where: { id: s.id },
      data: { segmentId: segment.id, ...describeSpan(segment.targetText, s.start, s.end), updatedAt: s.updatedAt },
    });
  }
}

/** Moves whole threads (roots and replies) to another segment, keeping their versions. */
async function moveThreads(tx: Tx, rootIds: string[], to: string) {
  const rows = await tx.comment.findMany({ where: { OR: [{ id: { in: rootIds } }, { parentId: { in: rootIds } }] }, select: { id: true, updatedAt: true } });
  for (const row of rows) await tx.comment.update({ where: { id: row.id }, data: { segmentId: to, updatedAt: row.updatedAt } });
}

/**
 * Before two segments are merged into `first`: the second's threads move to the merged segment and
 * every span follows its words into the merged target (joined as restructure joins them).
 */
export async function moveCommentsForMerge(tx: Tx, first: SegmentTarget, second: SegmentTarget, merged: SegmentTarget) {
  const shifted = shiftForMerge(first.targetText, second.targetText, await spansOn(tx, first), await spansOn(tx, second));
  const secondRoots = await tx.comment.findMany({ where: { segmentId: second.id, parentId: null }, select: { id: true } });
  await moveThreads(
    tx,
    secondRoots.map((r) => r.id),
    merged.id,
  );
  await place(tx, merged, shifted);
}

/**
 * After a segment's target was cut at `offset` into `first` and `second`: threads about words after
 * the cut move to `second` with them; comments on the whole segment, and spans straddling the cut,
 * stay on `first` (the latter then show their quote as lost rather than being truncated).
 */
export async function moveCommentsForSplit(tx: Tx, original: SegmentTarget, offset: number, first: SegmentTarget, second: SegmentTarget) {
  const parts = shiftForSplit(original.targetText, offset, await spansOn(tx, original));
  await place(tx, first, parts.first);
  await moveThreads(
    tx,
    parts.second.map((s) => s.id),
    second.id,
  );
  await place(tx, second, parts.second);
}

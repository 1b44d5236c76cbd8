import { describeSpan } from "@/core/annotations/span-anchor";
import { shiftForMerge, shiftForSplit } from "@/core/annotations/shift-anchors";
import type { Db } from "../db/client";

type Tx = Pick<Db, "annotation">;
interface SegmentText {
  id: string;
  sourceText: string;
}

async function anchoredOn(tx: Tx, segmentId: string) {
  return tx.annotation.findMany({ where: { segmentId, status: "anchored" }, select: { id: true, start: true, end: true, updatedAt: true } });
}

// Moving an anchor is not an edit of the note: updatedAt (the note's version and shown date) is kept,
// so that its author's open editor does not meet a CONFLICT for a change nobody made to the note.
async function place(tx: Tx, segment: SegmentText, anchors: { id: string; start: number; end: number; updatedAt: Date }[]) {
  for (const a of anchors) {
    await tx.annotation.update({ where: { id: a.id }, data: { segmentId: segment.id, ...describeSpan(segment.sourceText, a.start, a.end), updatedAt: a.updatedAt } });
  }
}

/** Before two segments are merged into `first`: every annotation moves with its text into the merged source. */
export async function moveAnnotationsForMerge(tx: Tx, first: SegmentText, second: SegmentText, merged: SegmentText) {
  const shifted = shiftForMerge(first.sourceText, second.sourceText, await anchoredOn(tx, first.id), await anchoredOn(tx, second.id));
  await place(tx, merged, shifted);
}

/**
 * After a segment's source was cut at `offset` into `first` and `second`: annotations follow their
 * text; one that straddles the cut cannot be in two segments, so it is orphaned for the user to
 * re-attach rather than silently truncated.
 */
export async function moveAnnotationsForSplit(tx: Tx, original: SegmentText, offset: number, first: SegmentText, second: SegmentText) {
  const parts = shiftForSplit(original.sourceText, offset, await anchoredOn(tx, original.id));
  await place(tx, first, parts.first);
  await place(tx, second, parts.second);
  for (const a of parts.cut) await tx.annotation.update({ where: { id: a.id }, data: { status: "orphaned", updatedAt: a.updatedAt } });
}

import { anchorSpan } from "@/core/annotations/anchor-span";
import { describeSpan } from "@/core/annotations/span-anchor";
import { shiftForMerge, shiftForSplit } from "@/core/annotations/shift-anchors";
import type { Db } from "../db/client";

type Tx = Pick<Db, "annotation">;
interface SegmentText {
  id: string;
  sourceText: string;
}
interface Placed {
  id: string;
  start: number;
  end: number;
  updatedAt: Date;
}

// Moving an anchor is not an edit of the note: updatedAt (the note's version and shown date) is kept,
// so that its author's open editor does not meet a CONFLICT for a change nobody made to the note.

/**
 * The anchored annotations of a segment, found in its current source. Source edits do not move
 * anchors (loads re-anchor them), so stored offsets may be stale: each is looked up by its quote
 * first. One that cannot be found is orphaned, on `home` — never moved to offsets it does not mean.
 */
async function anchoredOn(tx: Tx, segment: SegmentText, home: string): Promise<Placed[]> {
  const rows = await tx.annotation.findMany({
    where: { segmentId: segment.id, status: "anchored" },
    select: { id: true, start: true, end: true, exact: true, prefix: true, suffix: true, updatedAt: true },
  });
  const placed: Placed[] = [];
  for (const row of rows) {
    const found = anchorSpan(segment.sourceText, row);
    if (found) placed.push({ id: row.id, start: found.start, end: found.end, updatedAt: row.updatedAt });
    else await orphan(tx, row, home);
  }
  return placed;
}

async function orphan(tx: Tx, a: { id: string; updatedAt: Date }, segmentId: string) {
  await tx.annotation.update({ where: { id: a.id }, data: { segmentId, status: "orphaned", updatedAt: a.updatedAt } });
}

async function place(tx: Tx, segment: SegmentText, anchors: Placed[]) {
  for (const a of anchors) {
    // A span reduced to the whitespace dropped at a joint has nothing left to quote.
    if (!segment.sourceText.slice(a.start, a.end).trim()) await orphan(tx, a, segment.id);
    else
      await tx.annotation.update({
        where: { id: a.id },
        data: { segmentId: segment.id, ...describeSpan(segment.sourceText, a.start, a.end), updatedAt: a.updatedAt },
      });
  }
}

/** Before two segments are merged into `first`: every annotation moves with its text into the merged source. */
export async function moveAnnotationsForMerge(tx: Tx, first: SegmentText, second: SegmentText, merged: SegmentText) {
  const shifted = shiftForMerge(first.sourceText, second.sourceText, await anchoredOn(tx, first, merged.id), await anchoredOn(tx, second, merged.id));
  await place(tx, merged, shifted);
}

/**
 * After a segment's source was cut at `offset` into `first` and `second`: annotations follow their
 * text; one that straddles the cut cannot be in two segments, so it is orphaned for the user to
 * re-attach rather than silently truncated.
 */
export async function moveAnnotationsForSplit(tx: Tx, original: SegmentText, offset: number, first: SegmentText, second: SegmentText) {
  const parts = shiftForSplit(original.sourceText, offset, await anchoredOn(tx, original, first.id));
  await place(tx, first, parts.first);
  await place(tx, second, parts.second);
  for (const a of parts.cut) await orphan(tx, a, first.id);
}

import { isConfirmed } from "@/core/review/status-machine";
import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { SavedSegment } from "../segments/segment-view";
import { requireWriter } from "../segments/write-segment";
import { fillRepetitions } from "./repetitions";
import { commitThenPublish } from "../live/outbox";

/** The user accepts the grid's offer: fills the empty repetitions of a confirmed segment with its translation. */
export async function propagateRepetitions(db: Db, options: { actor: Actor; segmentId: string }): Promise<{ filled: SavedSegment[] }> {
  const segment = await db.segment.findUnique({ where: { id: options.segmentId }, select: { documentId: true } });
  if (!segment) throw new AppError("NOT_FOUND", "Segment not found.");
  const writer = await requireWriter(db, options.actor, segment.documentId);
  return commitThenPublish(db, options.actor.userId, async (tx) => {
    const row = await tx.segment.findUniqueOrThrow({ where: { id: options.segmentId } });
    if (!isConfirmed(row.status)) throw new AppError("INVALID_INPUT", "Confirm this segment before filling its repetitions.", { reason: "NOT_CONFIRMED" });
    return { filled: await fillRepetitions(tx, writer, row) };
  });
}

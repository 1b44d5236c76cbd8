import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { toSavedSegment, type SavedSegment } from "./segment-view";
import { requireWriter, writeSegment } from "./write-segment";
import { commitThenPublish } from "../live/outbox";

export interface SettleTrackedChangeOptions {
  actor: Actor;
  segmentId: string;
  baseVersion: number;
  /** accept keeps the reviewer's text; revert brings the author's back. */
  decision: "accept" | "revert";
}

/**
 * Ends a tracked change, by the translation's author or a reviewer. Both are changes of the
 * segment like any other: a new version and a revision (so History and Activity show who accepted
 * or reverted the reviewer's edit), under the same version check.
 */
export async function settleTrackedChange(db: Db, options: SettleTrackedChangeOptions): Promise<SavedSegment> {
  const segment = await db.segment.findUnique({ where: { id: options.segmentId }, select: { documentId: true } });
  if (!segment) throw new AppError("NOT_FOUND", "Segment not found.");
  const writer = await requireWriter(db, options.actor, segment.documentId);
  return commitThenPublish(db, options.actor.userId, async (tx) => {
    const row = await tx.segment.findUniqueOrThrow({ where: { id: options.segmentId } });
    return toSavedSegment(await writeSegment(tx, writer, row, { action: options.decision, baseVersion: options.baseVersion }));
  });
}

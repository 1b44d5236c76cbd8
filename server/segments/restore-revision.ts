import { isSegmentStatus } from "@/core/review/status-machine";
import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { prepareApprovalGate } from "../qa/require-no-qa-errors";
import { toSavedSegment } from "./segment-view";
import { requireWriter, writeSegment } from "./write-segment";
import { commitThenPublish } from "../live/outbox";

/**
 * Brings back an older translation as a new revision (history is never rewritten), with the
 * version check of any save: restoring over a newer save by someone else is a CONFLICT. The status
 * machine decides the status: a reviewer restoring an approved version approves that text again;
 * a translator gets it back as translated (or draft), never as a review decision.
 */
export async function restoreRevision(db: Db, options: { actor: Actor; segmentId: string; revisionId: string; baseVersion: number }) {
  const revision = await db.segmentRevision.findUnique({ where: { id: options.revisionId } });
  if (!revision || revision.segmentId !== options.segmentId) throw new AppError("NOT_FOUND", "Revision not found.");
  const writer = await requireWriter(db, options.actor, revision.documentId);
  const status = isSegmentStatus(revision.status) ? revision.status : "draft";
  if (status === "approved") await prepareApprovalGate(db, revision.documentId);
  return commitThenPublish(db, options.actor.userId, async (tx) => {
    const row = await tx.segment.findUniqueOrThrow({ where: { id: options.segmentId } });
    return toSavedSegment(
      await writeSegment(tx, writer, row, { action: "restore", targetText: revision.targetText, status, baseVersion: options.baseVersion }),
    );
  });
}

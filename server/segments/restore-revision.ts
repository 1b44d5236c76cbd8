import { SEGMENT_STATUSES, type SegmentStatus } from "@/core/model/document";
import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { saveSegment, TRANSLATOR_STATUSES } from "./save-segment";

/**
 * Brings back an older translation as a new revision (history is never rewritten). Goes through
 * saveSegment, so the same version check applies: restoring over a newer save by someone else is a
 * CONFLICT, not a silent overwrite. A review status is restored only for those who may set it;
 * otherwise the text comes back as a draft.
 */
export async function restoreRevision(db: Db, options: { actor: Actor; segmentId: string; revisionId: string; baseVersion: number }) {
  const revision = await db.segmentRevision.findUnique({ where: { id: options.revisionId } });
  if (!revision || revision.segmentId !== options.segmentId) throw new AppError("NOT_FOUND", "Revision not found.");
  const status = (SEGMENT_STATUSES as readonly string[]).includes(revision.status) ? (revision.status as SegmentStatus) : "draft";
  try {
    return await saveSegment(db, { actor: options.actor, segmentId: options.segmentId, baseVersion: options.baseVersion, targetText: revision.targetText, status });
  } catch (error) {
    // A translator restoring a reviewed version gets the text back, as a draft, not the review status.
    if (error instanceof AppError && error.code === "FORBIDDEN" && !TRANSLATOR_STATUSES.includes(status)) {
      return saveSegment(db, { actor: options.actor, segmentId: options.segmentId, baseVersion: options.baseVersion, targetText: revision.targetText, status: revision.targetText ? "draft" : "new" });
    }
    throw error;
  }
}

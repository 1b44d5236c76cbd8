import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { saveSegment, toSavedSegment, type SavedSegment } from "./save-segment";
import { assertVersion, updateAtVersion } from "./segment-version";

export interface SettleTrackedChangeOptions {
  actor: Actor;
  segmentId: string;
  baseVersion: number;
  /** accept keeps the reviewer's text; revert brings the translator's back (as a new revision). */
  decision: "accept" | "revert";
}

/**
 * Ends a tracked change. Accepting changes no text, so it writes no revision: it only stops
 * showing the reviewer's edit against the translator's. Reverting is an edit like any other and
 * goes through saveSegment (version check, revision).
 */
export async function settleTrackedChange(db: Db, options: SettleTrackedChangeOptions): Promise<SavedSegment> {
  const segment = await db.segment.findUnique({ where: { id: options.segmentId }, select: { documentId: true, trackedBaseText: true, version: true, targetText: true } });
  if (!segment) throw new AppError("NOT_FOUND", "Segment not found.");
  await requireDocumentAction(db, options.actor, segment.documentId, "segment.edit");
  assertVersion(segment, options.baseVersion, { theirs: segment.targetText, currentVersion: segment.version });
  if (segment.trackedBaseText === null) throw new AppError("INVALID_INPUT", "This segment has no tracked change to settle.");

  if (options.decision === "revert") {
    // Bringing the translator's text back ends the tracked change (see applyReviewTransition).
    return saveSegment(db, { actor: options.actor, segmentId: options.segmentId, baseVersion: options.baseVersion, targetText: segment.trackedBaseText });
  }
  await updateAtVersion(db, options.segmentId, options.baseVersion, { trackedBaseText: null }, {});
  return toSavedSegment(await db.segment.findUniqueOrThrow({ where: { id: options.segmentId } }));
}

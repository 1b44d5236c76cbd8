import { actionForStatus, isSegmentStatus, type SegmentStatus } from "@/core/review/status-machine";
import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { prepareApprovalGate } from "../qa/require-no-qa-errors";
import { repetitionsAfterSave, type RepetitionResult } from "../tm/repetitions";
import { toSavedSegment, type SavedSegment } from "./segment-view";
import { requireWriter, writeSegment } from "./write-segment";
import { commitThenPublish } from "../live/outbox";

export type { SavedSegment };

export interface SaveSegmentOptions {
  actor: Actor;
  segmentId: string;
  /** The version the caller edited; the save is refused if the segment has moved on since. */
  baseVersion: number;
  targetText: string;
  /**
   * What the save asks for: none (an edit), translated (confirm), reviewed / approved / rejected
   * (review decisions), draft (take a confirmation back). The status machine decides the result.
   */
  status?: SegmentStatus;
}

const MAX_TARGET_LENGTH = 100_000;

/**
 * Saves a segment's target text and/or status (the grid's autosave, Ctrl+Enter, Alt+A/Alt+R, the
 * API). A stale `baseVersion` throws CONFLICT carrying the text that is now saved, so the caller
 * can show both and nothing is overwritten silently.
 */
/** A save's answer: the segment as stored, and after a confirm what became of its repetitions. */
export type SaveSegmentResult = SavedSegment & { repetitions?: RepetitionResult };

export async function saveSegment(db: Db, options: SaveSegmentOptions): Promise<SaveSegmentResult> {
  if (options.targetText.length > MAX_TARGET_LENGTH) throw new AppError("INVALID_INPUT", "The translation is too long.");
  if (options.status && !isSegmentStatus(options.status)) throw new AppError("INVALID_INPUT", "Unknown status.");
  const segment = await db.segment.findUnique({ where: { id: options.segmentId }, select: { documentId: true } });
  if (!segment) throw new AppError("NOT_FOUND", "Segment not found.");
  const writer = await requireWriter(db, options.actor, segment.documentId);
  if (options.status === "approved") await prepareApprovalGate(db, segment.documentId);
  return commitThenPublish(db, options.actor.userId, async (tx) => {
    const row = await tx.segment.findUniqueOrThrow({ where: { id: options.segmentId } });
    const action = actionForStatus(options.status, row.targetText !== options.targetText);
    const stored = await writeSegment(tx, writer, row, { action, targetText: options.targetText, baseVersion: options.baseVersion });
    // A confirm fills its empty repetitions at once (auto-propagation) or says how many it could.
    const repetitions = await repetitionsAfterSave(tx, writer, row, stored);
    return { ...toSavedSegment(stored), ...(repetitions ? { repetitions } : {}) };
  });
}

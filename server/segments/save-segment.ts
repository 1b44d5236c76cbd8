import { SEGMENT_STATUSES, type SegmentStatus } from "@/core/model/document";
import { applyReviewTransition } from "@/core/review/review-transition";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { roleAllows } from "../access/permissions";
import { assertVersion, updateAtVersion } from "./segment-version";

/** Statuses a translator may set from the grid; review states belong to the review workflow. */
export const TRANSLATOR_STATUSES: readonly SegmentStatus[] = ["new", "draft", "translated"];

export interface SaveSegmentOptions {
  actor: Actor;
  segmentId: string;
  /** The version the caller edited; the save is refused if the segment has moved on since. */
  baseVersion: number;
  targetText: string;
  /** Defaults to draft when text changes on a new segment, otherwise keeps the current status. */
  status?: SegmentStatus;
}

export interface SavedSegment {
  id: string;
  targetText: string;
  status: string;
  version: number;
  updatedAt: string;
  trackedBaseText: string | null;
  previousSourceText: string | null;
  reviewedVersion: number | null;
}

type SegmentRow = Omit<SavedSegment, "updatedAt"> & { updatedAt: Date };

export function toSavedSegment(row: SegmentRow): SavedSegment {
  const { id, targetText, status, version, trackedBaseText, previousSourceText, reviewedVersion } = row;
  return { id, targetText, status, version, updatedAt: row.updatedAt.toISOString(), trackedBaseText, previousSourceText, reviewedVersion };
}

const MAX_TARGET_LENGTH = 100_000;

/**
 * Saves a segment's target text and/or status with an optimistic version check, and records the
 * change as a revision in the same transaction. A stale `baseVersion` throws CONFLICT carrying the
 * text that is now saved, so the caller can show both and nothing is overwritten silently.
 */
export async function saveSegment(db: Db, options: SaveSegmentOptions): Promise<SavedSegment> {
  if (options.targetText.length > MAX_TARGET_LENGTH) throw new AppError("INVALID_INPUT", "The translation is too long.");
  if (options.status && !SEGMENT_STATUSES.includes(options.status)) throw new AppError("INVALID_INPUT", "Unknown status.");
  const segment = await db.segment.findUnique({ where: { id: options.segmentId }, select: { documentId: true } });
  if (!segment) throw new AppError("NOT_FOUND", "Segment not found.");
  const { role } = await requireDocumentAction(db, options.actor, segment.documentId, "segment.edit");
  const reviews = roleAllows(role, "segment.review");
  if (options.status && !TRANSLATOR_STATUSES.includes(options.status) && !reviews) {
    throw new AppError("FORBIDDEN", "Only reviewers set review statuses.");
  }

  return db.$transaction(async (tx) => {
    const current = await tx.segment.findUniqueOrThrow({ where: { id: options.segmentId } });
    assertVersion(current, options.baseVersion, { yours: options.targetText, theirs: current.targetText, theirStatus: current.status, currentVersion: current.version });
    const textChanged = current.targetText !== options.targetText;
    const status = options.status ?? (textChanged && current.status === "new" ? "draft" : current.status);
    if (!textChanged && status === current.status) {
      return toSavedSegment(current);
    }
    const version = current.version + 1;
    const marks = applyReviewTransition(current, { targetText: options.targetText, status: status as SegmentStatus, version, actorId: options.actor.userId, actorReviews: reviews });
    await updateAtVersion(tx, current.id, current.version, { targetText: options.targetText, status, version, updatedById: options.actor.userId, ...marks }, { yours: options.targetText, theirs: current.targetText });
    await tx.segmentRevision.create({
      data: { segmentId: current.id, documentId: current.documentId, version, targetText: options.targetText, status, authorId: options.actor.userId },
    });
    return toSavedSegment(await tx.segment.findUniqueOrThrow({ where: { id: current.id } }));
  });
}

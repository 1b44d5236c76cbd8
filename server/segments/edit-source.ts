import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { toSavedSegment, type SavedSegment } from "./segment-view";
import { requireWriter, writeSegment } from "./write-segment";
import { commitThenPublish } from "../live/outbox";

const MAX_SOURCE_LENGTH = 100_000;

export interface EditSourceOptions {
  actor: Actor;
  segmentId: string;
  /** The version the caller saw; a newer save by someone else makes this a CONFLICT. */
  baseVersion: number;
  sourceText: string;
}

/**
 * Corrects the French source of one segment (owners). A translation made against the old source
 * can no longer be trusted as is: the status machine flags it "source changed" (keeping the oldest
 * source not yet looked at, so the diff shows everything that changed) and drops it to draft.
 * Glosses and notes re-anchor by quote when the document is next loaded.
 */
export async function editSource(db: Db, options: EditSourceOptions): Promise<SavedSegment & { sourceText: string; sourceWords: number }> {
  const sourceText = options.sourceText.replace(/\s+/g, " ").trim();
  if (!sourceText) throw new AppError("INVALID_INPUT", "The source cannot be empty; delete or merge the segment instead.");
  if (sourceText.length > MAX_SOURCE_LENGTH) throw new AppError("INVALID_INPUT", "The source is too long.");
  const segment = await db.segment.findUnique({ where: { id: options.segmentId }, select: { documentId: true } });
  if (!segment) throw new AppError("NOT_FOUND", "Segment not found.");
  const writer = await requireWriter(db, options.actor, segment.documentId, "source.edit");
  return commitThenPublish(db, options.actor.userId, async (tx) => {
    const row = await tx.segment.findUniqueOrThrow({ where: { id: options.segmentId } });
    const saved = await writeSegment(tx, writer, row, { action: "source", sourceText, baseVersion: options.baseVersion });
    return { ...toSavedSegment(saved), sourceText: saved.sourceText, sourceWords: saved.sourceWords };
  });
}

import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { SEGMENT_VIEW_SELECT, toSegmentView, type SegmentView } from "./segment-view";

/** One segment (with its document's id) for a member of its project; NOT_FOUND otherwise. */
export async function getSegment(db: Db, options: { actor: Actor; segmentId: string }): Promise<SegmentView & { documentId: string }> {
  const row = await db.segment.findUnique({ where: { id: options.segmentId }, select: { ...SEGMENT_VIEW_SELECT, documentId: true } });
  if (!row) throw new AppError("NOT_FOUND", "Segment not found.");
  await requireDocumentAction(db, options.actor, row.documentId, "project.read").catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") throw new AppError("NOT_FOUND", "Segment not found.");
    throw error;
  });
  return { ...toSegmentView(row), documentId: row.documentId };
}

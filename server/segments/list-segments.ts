import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { SEGMENT_VIEW_SELECT, toSegmentView, type SegmentView } from "./segment-view";

export const MAX_SEGMENT_PAGE = 500;

/**
 * A page of a document's segments in reading order, for API clients: `after` is the position of
 * the last segment of the previous page (the cursor), `nextCursor` the one to ask for next, null
 * at the end. A cursor on positions stays right while segments are saved between pages.
 */
export async function listSegments(
  db: Db,
  options: { actor: Actor; documentId: string; after?: number; limit?: number },
): Promise<{ segments: SegmentView[]; nextCursor: number | null }> {
  await requireDocumentAction(db, options.actor, options.documentId, "project.read");
  const limit = Math.min(Math.max(options.limit ?? 100, 1), MAX_SEGMENT_PAGE);
  const rows = await db.segment.findMany({
    where: { documentId: options.documentId, ...(options.after === undefined ? {} : { position: { gt: options.after } }) },
    orderBy: { position: "asc" },
    take: limit + 1,
    select: SEGMENT_VIEW_SELECT,
  });
  const page = rows.slice(0, limit);
  return { segments: page.map(toSegmentView), nextCursor: rows.length > limit ? page[page.length - 1].position : null };
}

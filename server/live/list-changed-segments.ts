import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { SEGMENT_VIEW_SELECT, toSegmentView, type SegmentView } from "../segments/segment-view";
import { afterInDocumentOrder } from "../documents/part-window";

/** Rows one catch-up returns at most; a client told `truncated` asks again after the last row it got. */
export const MAX_CHANGED_SEGMENTS = 1_000;

/**
 * The segments of a document changed since `since` (server time, ms), between two positions (the
 * rows a client holds), for a grid catching up after a reconnect or a batch: the client merges
 * them by version like live events. `now` is the server time to ask from next time. `after` (the
 * last row of a truncated answer) continues in document order: a part freshly imported or
 * pre-translated can hold thousands of rows changed within the catch-up's margin.
 */
export async function listChangedSegments(
  db: Db,
  options: {
    actor: Actor;
    documentId: string;
    since: number;
    fromPosition?: number;
    toPosition?: number;
    after?: { position: number; id: string };
  },
): Promise<{ segments: SegmentView[]; truncated: boolean; now: number }> {
  await requireDocumentAction(db, options.actor, options.documentId, "project.read");
  const now = Date.now();
  const position =
    options.fromPosition === undefined && options.toPosition === undefined ? {} : { position: { gte: options.fromPosition, lte: options.toPosition } };
  const { after } = options;
  const next = after ? afterInDocumentOrder(after) : {};
  const rows = await db.segment.findMany({
    where: { documentId: options.documentId, ...position, ...next, updatedAt: { gt: new Date(options.since) } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    take: MAX_CHANGED_SEGMENTS + 1,
    select: SEGMENT_VIEW_SELECT,
  });
  return { segments: rows.slice(0, MAX_CHANGED_SEGMENTS).map(toSegmentView), truncated: rows.length > MAX_CHANGED_SEGMENTS, now };
}

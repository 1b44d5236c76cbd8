import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";

export interface RevisionView {
  id: string;
  version: number;
  targetText: string;
  status: string;
  /** The source as it was, when this revision changed it (merge, split, correction). */
  sourceText: string | null;
  /** The source this revision replaced, when it changed the source. */
  sourceBefore: string | null;
  author: string | null;
  /** What made it (an action of the status machine, or merge/split/move/unalign); null on old rows. */
  action: string | null;
  createdAt: string;
}

/** Every saved state of a segment, newest first: the history panel's list. */
export async function listRevisions(db: Db, options: { actor: Actor; segmentId: string }): Promise<RevisionView[]> {
  const segment = await db.segment.findUnique({ where: { id: options.segmentId }, select: { documentId: true } });
  if (!segment) throw new AppError("NOT_FOUND", "Segment not found.");
  await requireDocumentAction(db, options.actor, segment.documentId, "project.read");
  const rows = await db.segmentRevision.findMany({
    where: { segmentId: options.segmentId },
    orderBy: { version: "desc" },
    include: { author: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    targetText: r.targetText,
    status: r.status,
    sourceText: r.sourceText,
    sourceBefore: r.sourceBefore,
    author: r.author?.name ?? null,
    action: r.action,
    createdAt: r.createdAt.toISOString(),
  }));
}

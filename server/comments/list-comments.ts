import { anchorSpan } from "@/core/annotations/anchor-span";
import { describeSpan } from "@/core/annotations/span-anchor";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { inChunks } from "../db/in-chunks";
import { COMMENT_SELECT, toCommentView, type CommentRow, type ThreadView } from "./comment-view";

type RootRow = CommentRow & { prefix: string | null; suffix: string | null; segment: { position: number; targetText: string } | null };
type SpanUpdate = { id: string; updatedAt: Date; span: ReturnType<typeof describeSpan> };

/**
 * Where a root's span now lies in its segment's current target. The target is edited all the time
 * and edits do not move comments, so the quote is looked up on every load; a span that cannot be
 * found is reported lost (the comment itself is never deleted), one that moved is returned to save.
 */
function reanchor(row: RootRow): { lost: boolean; update?: SpanUpdate } {
  if (row.start === null || row.end === null || row.exact === null) return { lost: false };
  if (!row.segment) return { lost: true };
  const text = row.segment.targetText;
  const found = anchorSpan(text, { start: row.start, end: row.end, exact: row.exact, prefix: row.prefix ?? "", suffix: row.suffix ?? "" });
  if (!found) return { lost: true };
  if (found.start === row.start && found.end === row.end) return { lost: false };
  // The quote is refreshed to the words it now covers, so the next load is exact.
  return { lost: false, update: { id: row.id, updatedAt: row.updatedAt, span: describeSpan(text, found.start, found.end) } };
}

/**
 * The threads of a document (or of one of its segments), in segment order then oldest first; threads
 * whose segment is gone come last. Replies are oldest first.
 */
export async function listComments(db: Db, options: { actor: Actor; documentId: string; segmentId?: string }): Promise<ThreadView[]> {
  await requireDocumentAction(db, options.actor, options.documentId, "project.read");
  return loadThreads(db, options);
}

/** The threads, for callers that have checked access already (the workbench's load, the exports). */
export async function loadThreads(
  db: Db,
  options: { documentId: string; segmentId?: string; positions?: { from: number; to: number } },
): Promise<ThreadView[]> {
  // A page of an export names its segments by their positions: one query whatever the page's size.
  const where = options.positions
    ? { segment: { documentId: options.documentId, position: { gte: options.positions.from, lte: options.positions.to } } }
    : options.segmentId
      ? { segmentId: options.segmentId }
      : {};
  const roots: RootRow[] = await db.comment.findMany({
    where: { documentId: options.documentId, ...where, parentId: null },
    select: { ...COMMENT_SELECT, segment: { select: { position: true, targetText: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const replies = await inChunks(
    roots.map((r) => r.id),
    (chunk) => db.comment.findMany({ where: { parentId: { in: chunk } }, select: COMMENT_SELECT, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  );
  const repliesOf = new Map<string, typeof replies>();
  for (const reply of replies) repliesOf.set(reply.parentId!, [...(repliesOf.get(reply.parentId!) ?? []), reply]);

  const updates: SpanUpdate[] = [];
  const threads = roots.map((row) => {
    const { lost, update } = reanchor(row);
    if (update) updates.push(update);
    const root = toCommentView(update ? { ...row, ...update.span, updatedAt: row.updatedAt } : row, lost);
    return {
      position: row.segment?.position ?? Number.MAX_SAFE_INTEGER,
      thread: { root, replies: (repliesOf.get(row.id) ?? []).map((r) => toCommentView(r)) },
    };
  });
  // Moving a span is not an edit of the words: updatedAt is kept. Only rows unchanged since the read
  // are written; one edited meanwhile is re-anchored on the next load.
  if (updates.length > 0) {
    await db.$transaction(
      updates.map((u) => db.comment.updateMany({ where: { id: u.id, updatedAt: u.updatedAt }, data: { ...u.span, updatedAt: u.updatedAt } })),
    );
  }
  // Array.prototype.sort is stable, so threads of one segment stay oldest first.
  return threads.sort((a, b) => a.position - b.position).map((t) => t.thread);
}

/** Open and resolved threads per segment, for the grid's badges. No access check: callers have done it. */
export async function countCommentsBySegment(db: Db, documentId: string): Promise<Record<string, { open: number; resolved: number }>> {
  const roots = await db.comment.findMany({ where: { documentId, parentId: null, segmentId: { not: null } }, select: { segmentId: true, resolvedAt: true } });
  const counts: Record<string, { open: number; resolved: number }> = {};
  for (const { segmentId, resolvedAt } of roots) {
    const count = (counts[segmentId!] ??= { open: 0, resolved: 0 });
    if (resolvedAt) count.resolved += 1;
    else count.open += 1;
  }
  return counts;
}

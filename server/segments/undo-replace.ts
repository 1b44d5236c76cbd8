import { randomUUID } from "node:crypto";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";

/**
 * Takes back a whole search-and-replace batch in one step: each segment gets the text (and status)
 * it had before, as a new revision. All or nothing: if any segment was edited after the batch, the
 * undo is refused (CONFLICT naming them) rather than overwriting that later work.
 */
export async function undoReplace(db: Db, options: { actor: Actor; documentId: string; batchId: string }) {
  await requireDocumentAction(db, options.actor, options.documentId, "segment.edit");
  return db.$transaction(async (tx) => {
    const batch = await tx.segmentRevision.findMany({ where: { batchId: options.batchId, documentId: options.documentId } });
    if (batch.length === 0) throw new AppError("NOT_FOUND", "There is no such replacement to undo.");
    const segments = new Map((await tx.segment.findMany({ where: { id: { in: batch.map((r) => r.segmentId) } } })).map((s) => [s.id, s]));
    const edited = batch.filter((r) => segments.get(r.segmentId)?.version !== r.version).map((r) => r.segmentId);
    if (edited.length > 0) throw new AppError("CONFLICT", `${edited.length} segment(s) were edited after the replacement; undo them by hand from their history.`, { segmentIds: edited });
    const undoId = randomUUID();
    const restored = [];
    for (const revision of batch) {
      const segment = segments.get(revision.segmentId)!;
      const before = await tx.segmentRevision.findFirst({ where: { segmentId: segment.id, version: { lt: revision.version } }, orderBy: { version: "desc" } });
      const targetText = before?.targetText ?? "";
      const status = before?.status ?? (targetText ? "draft" : "new");
      const version = segment.version + 1;
      await tx.segment.update({ where: { id: segment.id }, data: { targetText, status, version, updatedById: options.actor.userId } });
      await tx.segmentRevision.create({ data: { segmentId: segment.id, documentId: segment.documentId, version, targetText, status, authorId: options.actor.userId, batchId: undoId } });
      restored.push({ id: segment.id, targetText, status, version });
    }
    return { segments: restored };
  });
}

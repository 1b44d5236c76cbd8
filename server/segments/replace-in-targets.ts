import { randomUUID } from "node:crypto";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";

export interface TargetChange {
  segmentId: string;
  /** The version the preview was computed from. */
  baseVersion: number;
  targetText: string;
}

const MAX_CHANGES = 20_000;

/**
 * Applies a previewed search-and-replace to the targets of one document, all or nothing: every
 * segment must still be at the version the preview saw (else CONFLICT naming them, and nothing is
 * changed). Each change is a revision carrying one batch id, which undoReplace takes back.
 */
export async function replaceInTargets(db: Db, options: { actor: Actor; documentId: string; changes: TargetChange[] }) {
  await requireDocumentAction(db, options.actor, options.documentId, "segment.edit");
  if (options.changes.length === 0) throw new AppError("INVALID_INPUT", "Nothing to replace.");
  if (options.changes.length > MAX_CHANGES) throw new AppError("INVALID_INPUT", `At most ${MAX_CHANGES.toLocaleString("en")} segments at once.`);
  const batchId = randomUUID();
  return db.$transaction(async (tx) => {
    const ids = options.changes.map((c) => c.segmentId);
    const current = new Map((await tx.segment.findMany({ where: { id: { in: ids }, documentId: options.documentId } })).map((s) => [s.id, s]));
    const stale = options.changes.filter((c) => current.get(c.segmentId)?.version !== c.baseVersion).map((c) => c.segmentId);
    if (stale.length > 0) throw new AppError("CONFLICT", `${stale.length} segment(s) changed since the preview; search again to see them.`, { segmentIds: stale });
    const saved = [];
    for (const change of options.changes) {
      const segment = current.get(change.segmentId)!;
      if (segment.targetText === change.targetText) continue;
      const version = segment.version + 1;
      const status = segment.status === "new" ? "draft" : segment.status;
      await tx.segment.update({ where: { id: segment.id }, data: { targetText: change.targetText, status, version, updatedById: options.actor.userId } });
      await tx.segmentRevision.create({ data: { segmentId: segment.id, documentId: segment.documentId, version, targetText: change.targetText, status, authorId: options.actor.userId, batchId } });
      saved.push({ id: segment.id, targetText: change.targetText, status, version });
    }
    return { batchId, segments: saved };
  }, { timeout: 120_000 });
}

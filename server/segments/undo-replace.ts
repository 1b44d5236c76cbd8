import { randomUUID } from "node:crypto";
import { isSegmentStatus } from "@/core/review/status-machine";
import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { toSavedSegment } from "./segment-view";
import { requireWriter, writeSegment } from "./write-segment";

/**
 * Takes back a whole search-and-replace batch in one step: each segment gets the text and status
 * it had before, as a new revision. All or nothing: if any segment was edited after the batch, the
 * undo is refused (CONFLICT naming them) rather than overwriting that later work.
 */
export async function undoReplace(db: Db, options: { actor: Actor; documentId: string; batchId: string }) {
  const writer = await requireWriter(db, options.actor, options.documentId);
  return db.$transaction(async (tx) => {
    const batch = await tx.segmentRevision.findMany({ where: { batchId: options.batchId, documentId: options.documentId } });
    if (batch.length === 0) throw new AppError("NOT_FOUND", "There is no such replacement to undo.");
    const segments = new Map((await tx.segment.findMany({ where: { id: { in: batch.map((r) => r.segmentId) } } })).map((s) => [s.id, s]));
    const edited = batch.filter((r) => segments.get(r.segmentId)?.version !== r.version).map((r) => r.segmentId);
    if (edited.length > 0) throw new AppError("CONFLICT", `${edited.length} segment(s) were edited after the replacement; undo them by hand from their history.`, { segmentIds: edited });
    const undoId = randomUUID();
    const restored = [];
    for (const revision of batch) {
      const row = segments.get(revision.segmentId)!;
      const before = await tx.segmentRevision.findFirst({ where: { segmentId: row.id, version: { lt: revision.version } }, orderBy: { version: "desc" } });
      const targetText = before?.targetText ?? "";
      const status = before && isSegmentStatus(before.status) ? before.status : undefined;
      const saved = await writeSegment(tx, writer, row, { action: "undo", targetText, status, baseVersion: revision.version, batchId: undoId });
      restored.push(toSavedSegment(saved));
    }
    return { segments: restored };
  });
}

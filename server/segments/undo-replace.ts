import { randomUUID } from "node:crypto";
import { isSegmentStatus } from "@/core/review/status-machine";
import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { inChunks } from "../db/in-chunks";
import { AppError } from "../errors";
import { toSavedSegment } from "./segment-view";
import { requireWriter, writeSegments } from "./write-segment";
import { commitThenPublish } from "../live/outbox";

/**
 * Takes back a whole search-and-replace batch in one step: each segment gets the text and status
 * it had before, as a new revision. All or nothing: if any segment was edited after the batch, the
 * undo is refused (CONFLICT naming them) rather than overwriting that later work.
 */
export async function undoReplace(db: Db, options: { actor: Actor; documentId: string; batchId: string }) {
  const writer = await requireWriter(db, options.actor, options.documentId);
  return commitThenPublish(
    db,
    options.actor.userId,
    async (tx) => {
      const batch = await tx.segmentRevision.findMany({ where: { batchId: options.batchId, documentId: options.documentId } });
      if (batch.length === 0) throw new AppError("NOT_FOUND", "There is no such replacement to undo.");
      const rows = await inChunks(
        batch.map((r) => r.segmentId),
        (chunk) => tx.segment.findMany({ where: { id: { in: chunk } } }),
      );
      const segments = new Map(rows.map((s) => [s.id, s]));
      const edited = batch.filter((r) => segments.get(r.segmentId)?.version !== r.version).map((r) => r.segmentId);
      if (edited.length > 0)
        throw new AppError("CONFLICT", `${edited.length} segment(s) were edited after the replacement; undo them by hand from their history.`, {
          segmentIds: edited,
        });
      // The state before the batch is each segment's revision just before the batch's (versions
      // go up by one per change; a segment never saved since import has none: empty and new).
      const previous = await inChunks(
        batch.map((r) => r.segmentId),
        (chunk) => tx.segmentRevision.findMany({ where: { segmentId: { in: chunk }, version: { in: [...new Set(batch.map((r) => r.version - 1))] } } }),
      );
      const before = new Map(previous.map((r) => [`${r.segmentId}:${r.version}`, r]));
      const undoId = randomUUID();
      const items = batch.map((revision) => {
        const prior = before.get(`${revision.segmentId}:${revision.version - 1}`);
        const status = prior && isSegmentStatus(prior.status) ? prior.status : undefined;
        return {
          row: segments.get(revision.segmentId)!,
          write: { action: "undo" as const, targetText: prior?.targetText ?? "", status, baseVersion: revision.version, batchId: undoId },
        };
      });
      const restored = (await writeSegments(tx, writer, items)).map(toSavedSegment);
      return { segments: restored };
    },
    { timeout: 120_000 },
  );
}

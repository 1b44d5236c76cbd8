import { randomUUID } from "node:crypto";
import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { inChunks } from "../db/in-chunks";
import { AppError } from "../errors";
import { toSavedSegment } from "./segment-view";
import { requireWriter, writeSegments } from "./write-segment";
import { commitThenPublish } from "../live/outbox";

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
 * changed). Each change is an edit like any other (status machine, tracked changes, revision), its
 * revision carrying one batch id, which undoReplace takes back.
 */
export async function replaceInTargets(db: Db, options: { actor: Actor; documentId: string; changes: TargetChange[] }) {
  const writer = await requireWriter(db, options.actor, options.documentId);
  if (options.changes.length === 0) throw new AppError("INVALID_INPUT", "Nothing to replace.");
  if (options.changes.length > MAX_CHANGES) throw new AppError("INVALID_INPUT", `At most ${MAX_CHANGES.toLocaleString("en")} segments at once.`);
  const batchId = randomUUID();
  return commitThenPublish(
    db,
    options.actor.userId,
    async (tx) => {
      const ids = options.changes.map((c) => c.segmentId);
      const rows = await inChunks(ids, (chunk) => tx.segment.findMany({ where: { id: { in: chunk }, documentId: options.documentId } }));
      const current = new Map(rows.map((s) => [s.id, s]));
      const stale = options.changes.filter((c) => current.get(c.segmentId)?.version !== c.baseVersion).map((c) => c.segmentId);
      if (stale.length > 0)
        throw new AppError("CONFLICT", `${stale.length} segment(s) changed since the preview; search again to see them.`, { segmentIds: stale });
      const items = options.changes
        .filter((change) => current.get(change.segmentId)!.targetText !== change.targetText)
        .map((change) => ({
          row: current.get(change.segmentId)!,
          write: { action: "replace" as const, targetText: change.targetText, baseVersion: change.baseVersion, batchId },
        }));
      const saved = (await writeSegments(tx, writer, items)).map(toSavedSegment);
      return { batchId, segments: saved };
    },
    { timeout: 120_000 },
  );
}

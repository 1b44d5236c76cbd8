import { isSegmentStatus, transition, type Move, type SegmentState } from "@/core/review/status-machine";
import { countWords } from "@/core/text/count-words";
import type { Actor } from "../access/actor";
import { roleAllows, type Action } from "../access/permissions";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";

/**
 * The one writer of segment rows. Every change of a segment — save, confirm, review decisions,
 * restore, replace and its undo, merge/split/move/unalign, source correction, accept/revert,
 * aligning a translation into the document — goes through `writeSegment`, which applies the
 * version guard, the status machine (core/review/status-machine.ts), the revision row (which is
 * also the activity entry) and the batch id. A test fails when any other file updates a segment.
 */

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type SegmentRow = Awaited<ReturnType<Tx["segment"]["findUniqueOrThrow"]>>;

/** Who writes, as the status machine needs to know them. */
export interface Writer {
  actor: Actor;
  /** May set review statuses (the permissions table's segment.review). */
  reviews: boolean;
}

export interface SegmentWrite extends Move {
  /** The version the caller edited: a newer row is a CONFLICT, never overwritten. Defaults to the row's. */
  baseVersion?: number;
  /** Shared by the revisions of one batch (search and replace), which undo takes back together. */
  batchId?: string;
  /** What the revision records when it is more precise than the action (merge, split, move, unalign). */
  recordAs?: string;
  /** Layout columns the change also sets; they are not part of the segment's text or status. */
  layout?: { position?: number; alignScore?: number | null };
  /** What a CONFLICT carries besides the saved text, so the caller can show both. */
  conflictDetails?: Record<string, unknown>;
}

/** Checks the actor's access to a document's segments and says whether they review. */
export async function requireWriter(db: Db, actor: Actor, documentId: string, action: Action = "segment.edit"): Promise<Writer> {
  const { role } = await requireDocumentAction(db, actor, documentId, action);
  return { actor, reviews: roleAllows(role, "segment.review") };
}

/**
 * Optimistic concurrency: every write names the version it edited; a write over a newer version
 * is refused with CONFLICT (its details carry what the caller needs to show both texts).
 */
function assertVersion(row: SegmentRow, baseVersion: number, details: Record<string, unknown>): void {
  if (row.version !== baseVersion) throw new AppError("CONFLICT", "Someone else saved this segment after you opened it.", details);
}

function stateOf(row: SegmentRow): SegmentState {
  // Statuses are only ever written by this file; another one is a damaged database, not bad input.
  if (!isSegmentStatus(row.status)) throw new Error(`Segment ${row.id} has an unknown status: ${row.status}`);
  const { sourceText, targetText, status, version, translatedById, trackedBaseText, previousSourceText, reviewedVersion } = row;
  return { sourceText, targetText, status, version, translatedById, trackedBaseText, previousSourceText, reviewedVersion };
}

/**
 * Applies one action to one segment inside the caller's transaction and returns the row as stored.
 * A refused action throws the machine's coded error; an action that changes nothing writes nothing.
 */
export async function writeSegment(tx: Tx, writer: Writer, row: SegmentRow, write: SegmentWrite): Promise<SegmentRow> {
  const details = { yours: write.targetText ?? row.targetText, theirs: row.targetText, theirStatus: row.status, currentVersion: row.version, ...write.conflictDetails };
  assertVersion(row, write.baseVersion ?? row.version, details);
  const result = transition(stateOf(row), write, { userId: writer.actor.userId, reviews: writer.reviews });
  if (!result.ok) throw new AppError(result.code, result.message);
  const layout = write.layout ?? {};
  const layoutChanged = Object.entries(layout).some(([key, value]) => row[key as keyof typeof layout] !== value);
  if (!result.changed) {
    if (!layoutChanged) return row;
    await tx.segment.update({ where: { id: row.id }, data: layout });
    return { ...row, ...layout };
  }
  const next = result.state;
  const sourceChanged = next.sourceText !== row.sourceText;
  const now = new Date();
  const data = {
    ...next,
    sourceWords: sourceChanged ? countWords(next.sourceText) : row.sourceWords,
    updatedById: writer.actor.userId,
    updatedAt: now,
    ...layout,
  };
  // The guard in the WHERE makes the check-and-set atomic across processes: of two writes of the
  // same version, one wins and the other is a CONFLICT.
  const { count } = await tx.segment.updateMany({ where: { id: row.id, version: row.version }, data });
  if (count !== 1) throw new AppError("CONFLICT", "Someone else saved this segment at the same moment.", details);
  await tx.segmentRevision.create({
    data: {
      segmentId: row.id,
      documentId: row.documentId,
      version: next.version,
      targetText: next.targetText,
      status: next.status,
      sourceText: sourceChanged ? next.sourceText : null,
      sourceBefore: sourceChanged ? row.sourceText : null,
      authorId: writer.actor.userId,
      batchId: write.batchId ?? null,
      action: write.recordAs ?? write.action,
      createdAt: now,
    },
  });
  return { ...row, ...data };
}

/** A new segment right after `after` (split, unalign), with its first revision. */
export async function insertSegmentAfter(tx: Tx, writer: Writer, after: SegmentRow, texts: { sourceText: string; targetText: string; translatedById: string | null }, recordAs: string): Promise<SegmentRow> {
  await tx.segment.updateMany({ where: { documentId: after.documentId, position: { gt: after.position } }, data: { position: { increment: 1 } } });
  const created = await tx.segment.create({
    data: {
      documentId: after.documentId,
      paragraphId: after.paragraphId,
      position: after.position + 1,
      sourceText: texts.sourceText,
      targetText: texts.targetText,
      sourceWords: countWords(texts.sourceText),
      status: texts.targetText ? "draft" : "new",
      translatedById: texts.targetText ? texts.translatedById : null,
      updatedById: writer.actor.userId,
    },
  });
  await tx.segmentRevision.create({
    data: { segmentId: created.id, documentId: created.documentId, version: 1, targetText: created.targetText, status: created.status, sourceText: created.sourceText, authorId: writer.actor.userId, action: recordAs },
  });
  return created;
}

/** Removes segments whose text has moved into another one (merge, aligning several sentences as one). */
export async function deleteSegments(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length > 0) await tx.segment.deleteMany({ where: { id: { in: ids } } });
}

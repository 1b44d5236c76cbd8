import { randomUUID } from "node:crypto";
import { isSegmentStatus, transition, type Move, type SegmentState } from "@/core/review/status-machine";
import { countWords } from "@/core/text/count-words";
import { segmentKeyHashes } from "@/core/qa/inconsistent";
import { Slice } from "@/core/work/slices";
import type { Actor } from "../access/actor";
import { roleAllows, type Action } from "@/core/access/permissions";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { dialectOf } from "../db/dialect";
import { Prisma } from "../db/generated/client";
import { inChunks } from "../db/in-chunks";
import { insertRows } from "../db/insert-rows";
import { AppError } from "../errors";
import { requireNoQaErrors } from "../qa/require-no-qa-errors";
import { recordSegmentUnits } from "../tm/record-segment-units";
import { noteRestructure, noteSegmentWrites } from "../live/outbox";

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
  /**
   * Where the new text comes from when no person typed it ("tm": pre-translation, with the match's
   * score; "repetition": propagated from an identical sentence), so a reviewer can filter those
   * rows. Any other change of the text clears the mark: once a person edits it, it is theirs.
   */
  match?: { origin: "tm" | "repetition"; score: number | null };
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

/** A write the status machine accepted: the row as it will be stored, and its revision (none when only the layout moves). */
interface Planned {
  /** The action asked (the revision may record a more precise one). */
  action: string;
  before: SegmentRow;
  after: SegmentRow;
  revision: Record<string, string | number | Date | null> | null;
  details: Record<string, unknown>;
}

/** The version guard and the status machine for one write; null when nothing at all changes. */
function plan(writer: Writer, row: SegmentRow, write: SegmentWrite, now: Date): Planned | null {
  const details = {
    yours: write.targetText ?? row.targetText,
    theirs: row.targetText,
    theirStatus: row.status,
    currentVersion: row.version,
    ...write.conflictDetails,
  };
  assertVersion(row, write.baseVersion ?? row.version, details);
  const result = transition(stateOf(row), write, { userId: writer.actor.userId, reviews: writer.reviews });
  if (!result.ok) throw new AppError(result.code, result.message);
  const layout = write.layout ?? {};
  const layoutChanged = Object.entries(layout).some(([key, value]) => row[key as keyof typeof layout] !== value);
  if (!result.changed) return layoutChanged ? { action: write.action, before: row, after: { ...row, ...layout }, revision: null, details } : null;
  const next = result.state;
  const sourceChanged = next.sourceText !== row.sourceText;
  const textChanged = next.targetText !== row.targetText;
  const mark = write.match ?? (textChanged ? { origin: null, score: null } : { origin: row.matchOrigin, score: row.matchScore });
  const after = {
    ...row,
    ...next,
    matchOrigin: mark.origin,
    matchScore: mark.score,
    sourceWords: sourceChanged ? countWords(next.sourceText) : row.sourceWords,
    ...segmentKeyHashes(next.sourceText, next.targetText),
    updatedById: writer.actor.userId,
    updatedAt: now,
    ...layout,
  };
  const revision = {
    id: randomUUID(),
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
  };
  return { action: write.action, before: row, after, revision, details };
}

const COLUMNS = [
  "sourceText",
  "targetText",
  "status",
  "version",
  "sourceWords",
  "translatedById",
  "trackedBaseText",
  "previousSourceText",
  "reviewedVersion",
  "updatedById",
  "updatedAt",
  "position",
  "alignScore",
  "matchOrigin",
  "matchScore",
  "sourceKeyHash",
  "targetKeyHash",
] as const;
/**
 * PostgreSQL types of the columns above, for the VALUES list: its bound parameters arrive untyped
 * and would be read as text ("integer = text" fails). SQLite needs no casts.
 */
const POSTGRES_TYPES: Record<(typeof COLUMNS)[number] | "id" | "readVersion", string> = {
  id: "text",
  readVersion: "integer",
  sourceText: "text",
  targetText: "text",
  status: "text",
  version: "integer",
  sourceWords: "integer",
  translatedById: "text",
  trackedBaseText: "text",
  previousSourceText: "text",
  reviewedVersion: "integer",
  updatedById: "text",
  updatedAt: "timestamp(3)",
  position: "integer",
  alignScore: "double precision",
  matchOrigin: "text",
  matchScore: "double precision",
  sourceKeyHash: "integer",
  targetKeyHash: "integer",
};

/** How many rows one guarded UPDATE sets: far below SQLite's 32,766 bound parameters for raw statements. */
const rowsPerUpdate = (columns: readonly Column[]) => Math.floor(4_000 / (columns.length + 2));

type Column = (typeof COLUMNS)[number];

/**
 * One UPDATE of many segments from a VALUES list: each row is the segment's id, the version read,
 * then the values of `columns`; a row is set only if its version is still the one read. Returns how
 * many rows were set. PostgreSQL gets each value cast to its column's type (POSTGRES_TYPES).
 */
async function updateGuarded(tx: Tx, columns: readonly Column[], rows: readonly unknown[][]): Promise<number> {
  const all = ["id", "readVersion", ...columns] as const;
  const names = Prisma.raw(all.map((c) => `"${c}"`).join(", "));
  const sets = Prisma.raw(columns.map((c) => `"${c}" = v."${c}"`).join(", "));
  const typed = (row: readonly unknown[]) =>
    dialectOf(tx) === "postgres" ? row.map((value, i) => Prisma.sql`CAST(${value} AS ${Prisma.raw(POSTGRES_TYPES[all[i]])})`) : row;
  const values = rows.map((row) => Prisma.sql`(${Prisma.join(typed(row))})`);
  return tx.$executeRaw`WITH v(${names}) AS (VALUES ${Prisma.join(values)}) UPDATE "Segment" SET ${sets} FROM v WHERE "Segment"."id" = v."id" AND "Segment"."version" = v."readVersion"`;
}

/**
 * Stores planned writes a few hundred rows per statement. The guard in the WHERE (`version` still
 * the one read) makes each check-and-set atomic across processes: of two writes of the same
 * version, one wins and the other is a CONFLICT, and the caller's transaction rolls back whole.
 */
async function store(tx: Tx, planned: Planned[]): Promise<void> {
  // Aligning a 200,000-segment translation is hundreds of statements: let other requests in between.
  const slice = new Slice();
  const perUpdate = rowsPerUpdate(COLUMNS);
  for (let i = 0; i < planned.length; i += perUpdate) {
    await slice.pauseIfDue();
    const chunk = planned.slice(i, i + perUpdate);
    const count = await updateGuarded(
      tx,
      COLUMNS,
      chunk.map(({ before, after }) => [before.id, before.version, ...COLUMNS.map((c) => after[c])]),
    );
    if (count !== chunk.length)
      throw new AppError(
        "CONFLICT",
        "Someone else saved this segment at the same moment.",
        chunk.length === 1 ? chunk[0].details : { segmentIds: chunk.map((p) => p.before.id) },
      );
  }
  const revisions = planned.flatMap((p) => (p.revision ? [p.revision] : []));
  await insertRows(
    tx,
    "SegmentRevision",
    ["id", "segmentId", "documentId", "version", "targetText", "status", "sourceText", "sourceBefore", "authorId", "batchId", "action", "createdAt"],
    revisions,
  );
}

/** Actions that also insert, delete or reorder rows: open grids reload those parts rather than patch rows. */
const RESTRUCTURING = new Set(["restructure", "import"]);

/** A write that stores an approved text the segment did not have approved before. */
function becomesApproved({ before, after }: Planned): boolean {
  return after.status === "approved" && (before.status !== "approved" || before.targetText !== after.targetText || before.sourceText !== after.sourceText);
}

/**
 * Applies one action to each of many segments inside the caller's transaction (search and replace,
 * its undo, aligning a translation) and returns the rows as stored, in order. All or nothing: one
 * refused or stale write throws its coded error and the transaction writes nothing.
 */
export async function writeSegments(tx: Tx, writer: Writer, items: readonly { row: SegmentRow; write: SegmentWrite }[]): Promise<SegmentRow[]> {
  const now = new Date();
  const planned = items.map(({ row, write }) => plan(writer, row, write, now));
  const stored = planned.filter((p) => p !== null);
  // Whatever the path (approve, a restore or an undo back to approved), an approved text passes the QA gate.
  await requireNoQaErrors(
    tx,
    stored.filter(becomesApproved).map((p) => p.after),
  );
  await store(tx, stored);
  // The memory follows the segments in the same transaction: a confirmed pair is a unit at once.
  await recordSegmentUnits(tx, stored);
  // Told to the document's other readers once the caller's transaction commits (server/live/outbox.ts).
  noteSegmentWrites(tx, stored, now);
  for (const documentId of new Set(stored.filter((p) => RESTRUCTURING.has(p.action)).map((p) => p.after.documentId))) noteRestructure(tx, documentId);
  return planned.map((p, k) => p?.after ?? items[k].row);
}

/** Applies one action to one segment (a save, a decision, a restore…): writeSegments for one. */
export async function writeSegment(tx: Tx, writer: Writer, row: SegmentRow, write: SegmentWrite): Promise<SegmentRow> {
  const [stored] = await writeSegments(tx, writer, [{ row, write }]);
  return stored;
}

/** A new segment right after `after` (split, unalign), with its first revision. */
export async function insertSegmentAfter(
  tx: Tx,
  writer: Writer,
  after: SegmentRow,
  texts: { sourceText: string; targetText: string; translatedById: string | null },
  recordAs: string,
): Promise<SegmentRow> {
  await tx.segment.updateMany({ where: { documentId: after.documentId, position: { gt: after.position } }, data: { position: { increment: 1 } } });
  const created = await tx.segment.create({
    data: {
      documentId: after.documentId,
      paragraphId: after.paragraphId,
      position: after.position + 1,
      sourceText: texts.sourceText,
      targetText: texts.targetText,
      sourceWords: countWords(texts.sourceText),
      ...segmentKeyHashes(texts.sourceText, texts.targetText),
      status: texts.targetText ? "draft" : "new",
      translatedById: texts.targetText ? texts.translatedById : null,
      updatedById: writer.actor.userId,
    },
  });
  await tx.segmentRevision.create({
    data: {
      segmentId: created.id,
      documentId: created.documentId,
      version: 1,
      targetText: created.targetText,
      status: created.status,
      sourceText: created.sourceText,
      authorId: writer.actor.userId,
      action: recordAs,
    },
  });
  noteRestructure(tx, created.documentId, created);
  return created;
}

/** Removes segments whose text has moved into another one (merge, aligning several sentences as one). */
export async function deleteSegments(tx: Tx, ids: string[]): Promise<void> {
  await inChunks(ids, async (chunk) => [await tx.segment.deleteMany({ where: { id: { in: chunk } } })]);
}

/**
 * Stores the comparison-key hashes of rows written before those columns existed (the start-up
 * backfill, server/qa/backfill-consistency-keys.ts). Not a change of the segment: no version, no
 * revision, no event. A row saved since it was read keeps what its save stored (the version guard).
 */
export async function storeKeyHashes(tx: Tx, rows: readonly { id: string; version: number; sourceText: string; targetText: string }[]): Promise<void> {
  const columns = ["sourceKeyHash", "targetKeyHash"] as const;
  const perUpdate = rowsPerUpdate(columns);
  for (let i = 0; i < rows.length; i += perUpdate) {
    const hashed = rows.slice(i, i + perUpdate).map((row) => {
      const { sourceKeyHash, targetKeyHash } = segmentKeyHashes(row.sourceText, row.targetText);
      return [row.id, row.version, sourceKeyHash, targetKeyHash];
    });
    await updateGuarded(tx, columns, hashed);
  }
}

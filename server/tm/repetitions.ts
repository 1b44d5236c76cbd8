import { CONFIRMED_STATUSES, type SegmentStatus } from "@/core/review/status-machine";
import type { Db } from "../db/client";
import { toSavedSegment, type SavedSegment } from "../segments/segment-view";
import { writeSegments, type SegmentRow, type Tx, type Writer } from "../segments/write-segment";

/**
 * Repetitions: segments of the same document with the same French (compared in NFC). Only EMPTY
 * ones are ever filled — an empty segment is "new", so nothing anyone typed or confirmed is
 * overwritten — with the confirmed translation, as translated, recorded as "propagate" and marked
 * "repetition" so a reviewer can find them.
 */

/** What a confirm tells the grid about repetitions: those filled at once (auto-propagation) or how many it could fill. */
export interface RepetitionResult {
  filled: SavedSegment[];
  offered: number;
}

const isConfirmed = (status: string) => CONFIRMED_STATUSES.includes(status as SegmentStatus);

/** Where an empty repetition of `segment` is; sources are stored as imported, so both Unicode forms are asked. */
function repetitionWhere(segment: Pick<SegmentRow, "id" | "documentId" | "sourceText">) {
  const forms = [...new Set([segment.sourceText, segment.sourceText.normalize("NFC"), segment.sourceText.normalize("NFD")])];
  return { documentId: segment.documentId, id: { not: segment.id }, targetText: "", status: "new", sourceText: { in: forms } };
}

function emptyRepetitions(db: Pick<Db, "segment">, segment: Pick<SegmentRow, "id" | "documentId" | "sourceText">) {
  return db.segment.findMany({ where: repetitionWhere(segment), orderBy: { position: "asc" } });
}

/** How many empty repetitions a segment has (the grid's offer). */
export async function countEmptyRepetitions(db: Pick<Db, "segment">, segment: Pick<SegmentRow, "id" | "documentId" | "sourceText">): Promise<number> {
  if (segment.sourceText.trim() === "") return 0;
  return db.segment.count({ where: repetitionWhere(segment) });
}

/** Fills the empty repetitions of a confirmed segment with its translation, in the caller's transaction. */
export async function fillRepetitions(tx: Tx, writer: Writer, confirmed: SegmentRow): Promise<SavedSegment[]> {
  if (!isConfirmed(confirmed.status) || confirmed.sourceText.trim() === "" || confirmed.targetText.trim() === "") return [];
  const rows = await emptyRepetitions(tx, confirmed);
  const stored = await writeSegments(
    tx,
    writer,
    rows.map((row) => ({ row, write: { action: "confirm" as const, targetText: confirmed.targetText, recordAs: "propagate", match: { origin: "repetition" as const, score: 100 } } })),
  );
  return stored.map(toSavedSegment);
}

/**
 * After a save: when it confirmed a translation (newly, or a new text), fills the repetitions at
 * once if the project propagates automatically, else counts them for the grid to offer.
 * Undefined when the save confirmed nothing.
 */
export async function repetitionsAfterSave(tx: Tx, writer: Writer, before: SegmentRow, stored: SegmentRow): Promise<RepetitionResult | undefined> {
  if (!isConfirmed(stored.status) || (isConfirmed(before.status) && before.targetText === stored.targetText)) return undefined;
  const document = await tx.document.findUniqueOrThrow({ where: { id: stored.documentId }, select: { project: { select: { autoPropagate: true } } } });
  if (document.project.autoPropagate) return { filled: await fillRepetitions(tx, writer, stored), offered: 0 };
  return { filled: [], offered: await countEmptyRepetitions(tx, stored) };
}

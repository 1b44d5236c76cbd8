import { isConfirmed } from "@/core/review/status-machine";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { inChunks } from "../db/in-chunks";
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

/**
 * The one rule of what an empty repetition of `segment` is, as SQL: another segment of its
 * document, "new" (hence empty), with the same French — sources are stored as imported, so both
 * Unicode forms are asked. Indexed by (documentId, sourceText).
 */
function emptyRepetition(segment: Pick<SegmentRow, "id" | "documentId" | "sourceText">): Prisma.Sql {
  const forms = [...new Set([segment.sourceText, segment.sourceText.normalize("NFC"), segment.sourceText.normalize("NFD")])];
  return Prisma.sql`"documentId" = ${segment.documentId} AND "sourceText" IN (${Prisma.join(forms)}) AND "id" <> ${segment.id} AND "status" = 'new' AND "targetText" = ''`;
}

async function emptyRepetitions(tx: Tx, segment: Pick<SegmentRow, "id" | "documentId" | "sourceText">): Promise<SegmentRow[]> {
  const ids = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Segment" WHERE ${emptyRepetition(segment)}`;
  const rows = await inChunks(
    ids.map((r) => r.id),
    (chunk) => tx.segment.findMany({ where: { id: { in: chunk } } }),
  );
  return rows.sort((x, y) => x.position - y.position);
}

/** How many empty repetitions a segment has (the grid's offer). */
export async function countEmptyRepetitions(db: Pick<Db, "$queryRaw">, segment: Pick<SegmentRow, "id" | "documentId" | "sourceText">): Promise<number> {
  if (segment.sourceText.trim() === "") return 0;
  const [row] = await db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS "n" FROM "Segment" WHERE ${emptyRepetition(segment)}`;
  return Number(row.n);
}

/** Fills the empty repetitions of a confirmed segment with its translation, in the caller's transaction. */
export async function fillRepetitions(tx: Tx, writer: Writer, confirmed: SegmentRow): Promise<SavedSegment[]> {
  if (!isConfirmed(confirmed.status) || confirmed.sourceText.trim() === "" || confirmed.targetText.trim() === "") return [];
  const rows = await emptyRepetitions(tx, confirmed);
  const stored = await writeSegments(
    tx,
    writer,
    rows.map((row) => ({
      row,
      write: { action: "confirm" as const, targetText: confirmed.targetText, recordAs: "propagate", match: { origin: "repetition" as const, score: 100 } },
    })),
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
  if (stored.sourceText.trim() === "") return { filled: [], offered: 0 };
  // The setting and the count in one statement: this runs on every confirm.
  const [row] = await tx.$queryRaw<{ autoPropagate: boolean | number; n: bigint | number }[]>`SELECT p."autoPropagate" AS "autoPropagate",
    (SELECT COUNT(*) FROM "Segment" WHERE ${emptyRepetition(stored)}) AS "n"
    FROM "Document" d JOIN "Project" p ON p."id" = d."projectId" WHERE d."id" = ${stored.documentId}`;
  if (Number(row.n) === 0) return { filled: [], offered: 0 };
  if (Number(row.autoPropagate)) return { filled: await fillRepetitions(tx, writer, stored), offered: 0 };
  return { filled: [], offered: Number(row.n) };
}

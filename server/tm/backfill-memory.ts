import { CONFIRMED_STATUSES } from "@/core/review/status-machine";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { SegmentRow } from "../segments/write-segment";
import { recordSegmentUnits } from "./record-segment-units";

// Segments per transaction: a database confirmed before the memory existed may hold 200,000.
const PAGE = 2_000;

/**
 * Gives the memory the confirmed segments it lacks — those confirmed before translation memory
 * existed (databases migrated from an earlier version) — through the same recorder the segment
 * writer calls, so nothing translated once has to be translated again. Run at start-up after the
 * migrations; when every confirmed segment already gives a unit it costs one indexed query.
 * Returns how many segments were recorded.
 */
export async function backfillMemory(db: Db): Promise<number> {
  let recorded = 0;
  let after = "";
  for (;;) {
    const ids = await db.$queryRaw<{ id: string }[]>`
      SELECT s."id" FROM "Segment" s JOIN "Document" d ON d."id" = s."documentId"
      WHERE d."deletedAt" IS NULL AND s."id" > ${after} AND s."targetText" <> ''
        AND s."status" IN (${Prisma.join(CONFIRMED_STATUSES)})
        AND NOT EXISTS (SELECT 1 FROM "TmUnit" u WHERE u."segmentId" = s."id")
      ORDER BY s."id" LIMIT ${PAGE}`;
    if (ids.length === 0) return recorded;
    after = ids[ids.length - 1].id;
    await db.$transaction(async (tx) => {
      const rows: SegmentRow[] = await tx.segment.findMany({ where: { id: { in: ids.map((r) => r.id) } } });
      await recordSegmentUnits(
        tx,
        rows.map((row) => ({ before: null, after: row, action: "confirm" })),
      );
    });
    recorded += ids.length;
  }
}

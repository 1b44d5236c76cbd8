import { groupBy } from "@/core/group-by";
import { pauseForOthers } from "@/core/work/slices";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { PAGE_SIZE } from "../db/read-pages";

/**
 * A segment's context for 101 % matches: the source of the previous and the next segment of its
 * document by position, "" at an edge. The one definition of "context": units record it when they
 * are written (record-segment-units.ts) and the side panel looks it up (get-segment-matches.ts).
 */

export interface Neighbours {
  previousSource: string;
  nextSource: string;
}

/** Above this many segments of one document, one ordered pass over the document beats two look-ups each. */
const PER_SEGMENT_LIMIT = 32;

/**
 * The two columns "previousSource" and "nextSource" (null at an edge) of a segment, as SQL for a
 * SELECT: two indexed look-ups by (documentId, position). Other reads embed it to save a round trip.
 */
export function neighbourColumns(segment: { documentId: string; position: number }): Prisma.Sql {
  return Prisma.sql`(SELECT "sourceText" FROM "Segment" WHERE "documentId" = ${segment.documentId} AND "position" < ${segment.position} ORDER BY "position" DESC LIMIT 1) AS "previousSource",
    (SELECT "sourceText" FROM "Segment" WHERE "documentId" = ${segment.documentId} AND "position" > ${segment.position} ORDER BY "position" ASC LIMIT 1) AS "nextSource"`;
}

/** The neighbours of one segment (one statement). */
export async function neighboursOf(db: Pick<Db, "$queryRaw">, segment: { documentId: string; position: number }): Promise<Neighbours> {
  const [row] = await db.$queryRaw<{ previousSource: string | null; nextSource: string | null }[]>`SELECT ${neighbourColumns(segment)}`;
  return { previousSource: row?.previousSource ?? "", nextSource: row?.nextSource ?? "" };
}

/** The neighbours of many segments (a confirm, or a whole alignment), by segment id. */
export async function neighboursOfMany(
  db: Pick<Db, "segment" | "$queryRaw">,
  segments: readonly { id: string; documentId: string; position: number }[],
): Promise<Map<string, Neighbours>> {
  const result = new Map<string, Neighbours>();
  for (const [documentId, group] of groupBy(segments, (s) => s.documentId)) {
    if (group.length <= PER_SEGMENT_LIMIT) {
      for (const s of group) result.set(s.id, await neighboursOf(db, s));
      continue;
    }
    const wanted = new Set(group.map((s) => s.id));
    for await (const { segment, previousSource, nextSource } of inDocumentOrder(db, documentId))
      if (wanted.has(segment.id)) result.set(segment.id, { previousSource, nextSource });
  }
  return result;
}

const SEGMENT_COLUMNS = { id: true, position: true, sourceText: true, targetText: true, status: true } as const;
export type OrderedSegment = { id: string; position: number; sourceText: string; targetText: string; status: string };

/**
 * Every segment of a document in order with its neighbours' sources, read a page at a time so that
 * a 200,000-segment document never sits in memory whole. (Rows sharing a position exist only
 * inside a merge or split's transaction; here they simply follow each other.)
 */
export async function* inDocumentOrder(db: Pick<Db, "segment">, documentId: string): AsyncGenerator<{ segment: OrderedSegment } & Neighbours> {
  let previousSource = "";
  let held: OrderedSegment | null = null;
  for (let cursor: { id: string } | undefined; ;) {
    const page = await db.segment.findMany({
      where: { documentId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      take: PAGE_SIZE,
      ...(cursor ? { cursor, skip: 1 } : {}),
      select: SEGMENT_COLUMNS,
    });
    for (const row of page) {
      if (held) {
        yield { segment: held, previousSource, nextSource: row.sourceText };
        previousSource = held.sourceText;
      }
      held = row;
    }
    if (page.length < PAGE_SIZE) break;
    cursor = { id: page[page.length - 1].id };
    await pauseForOthers();
  }
  if (held) yield { segment: held, previousSource, nextSource: "" };
}

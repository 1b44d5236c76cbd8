import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";

/**
 * A segment's context for 101 % matches: the source of the previous and the next segment of its
 * document by position, "" at an edge. The one definition of "context": units record it when they
 * are written (record-segment-units.ts) and the side panel looks it up (get-segment-matches.ts).
 */

export interface Neighbours {
  previousSource: string;
  nextSource: string;
}

type Reader = Pick<Db, "segment" | "$queryRaw">;

/** Above this many segments of one document, one ordered pass over the document beats two look-ups each. */
const PER_SEGMENT_LIMIT = 32;

/** The neighbours of one segment: two indexed look-ups. */
export async function neighboursOf(db: Pick<Db, "segment">, segment: { documentId: string; position: number }): Promise<Neighbours> {
  const [previous, next] = await Promise.all([
    db.segment.findFirst({
      where: { documentId: segment.documentId, position: { lt: segment.position } },
      orderBy: { position: "desc" },
      select: { sourceText: true },
    }),
    db.segment.findFirst({
      where: { documentId: segment.documentId, position: { gt: segment.position } },
      orderBy: { position: "asc" },
      select: { sourceText: true },
    }),
  ]);
  return { previousSource: previous?.sourceText ?? "", nextSource: next?.sourceText ?? "" };
}

/** The neighbours of many segments (a confirm, or a whole alignment), by segment id. */
export async function neighboursOfMany(
  db: Reader,
  segments: readonly { id: string; documentId: string; position: number }[],
): Promise<Map<string, Neighbours>> {
  const result = new Map<string, Neighbours>();
  const byDocument = new Map<string, { id: string; documentId: string; position: number }[]>();
  for (const s of segments) byDocument.set(s.documentId, [...(byDocument.get(s.documentId) ?? []), s]);
  for (const [documentId, group] of byDocument) {
    if (group.length <= PER_SEGMENT_LIMIT) {
      for (const s of group) result.set(s.id, await neighboursOf(db, s));
      continue;
    }
    // Rows of equal position (only ever transient, while a merge or split renumbers) are ordered
    // as the look-ups above skip them: strictly before or after.
    const wanted = new Set(group.map((s) => s.id));
    const rows = await db.$queryRaw<{ id: string; position: number; sourceText: string }[]>(
      Prisma.sql`SELECT "id", "position", "sourceText" FROM "Segment" WHERE "documentId" = ${documentId} ORDER BY "position", "id"`,
    );
    for (let k = 0; k < rows.length; k++) {
      if (!wanted.has(rows[k].id)) continue;
      let p = k - 1;
      while (p >= 0 && rows[p].position === rows[k].position) p--;
      let n = k + 1;
      while (n < rows.length && rows[n].position === rows[k].position) n++;
      result.set(rows[k].id, { previousSource: p >= 0 ? rows[p].sourceText : "", nextSource: n < rows.length ? rows[n].sourceText : "" });
    }
  }
  return result;
}

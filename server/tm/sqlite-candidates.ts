import { Prisma } from "../db/generated/client";
import {
  type ConcordanceCandidate,
  type HeldUnit,
  RANKED_WINDOW,
  type RawDb,
  rememberedFrequencies,
  STATUS_ORDER,
  type WeightedKey,
} from "./candidates-common";
import { mostCovering } from "./most-covering";

/**
 * The SQLite-specific half of fuzzy lookup and concordance: FTS5 queries over the memory's indexes
 * (migration 20261207050000). Everything else in find-matches.ts and search-concordance.ts is
 * portable; postgres-candidates.ts is the same on PostgreSQL (candidates.ts picks one).
 */

/** An FTS5 string literal: keys hold only word characters, but quotes are escaped all the same. */
const quote = (key: string) => `"${key.replace(/"/gu, '""')}"`;

/** How many units (of every memory) hold each key, about: the rarest keys are probed first. */
export async function keyFrequencies(db: RawDb, keys: readonly string[]): Promise<Map<string, number>> {
  // fts5vocab counts a key by walking its postings; one equality per key: the vocabulary table seeks a term only for "term = ?".
  return rememberedFrequencies(db, keys, async (unknown) => {
    const rows = await db.$queryRaw<{ term: string; doc: number | bigint }[]>`
      ${Prisma.join(
        unknown.map((key) => Prisma.sql`SELECT "term", "doc" FROM "TmSourceVocabulary" WHERE "term" = ${key}`),
        " UNION ALL ",
      )}`;
    return new Map(rows.map((row) => [row.term, Number(row.doc)]));
  });
}

/**
 * The `limit` units that cover the most query words among `keys` (each key counts its weight), at
 * least `needed`, leaving out `exclude`; most covering first. SQLite hands each key's postings over
 * as one string of rowids (group_concat, ~0.07 µs a posting), counted in a typed array
 * (most-covering.ts). Only the `limit` best counts are then read from TmUnit (a row
 * through the driver costs microseconds): a unit not returned covers at most the last count
 * returned, or fewer than `needed` when fewer than `limit` come back. `unit` is null when the
 * unit is outside the memories or of a length that cannot reach the threshold.
 */
export async function unitsHoldingMost(
  db: RawDb,
  keys: readonly WeightedKey[],
  needed: number,
  exclude: readonly number[],
  limit: number,
  projectIds: readonly string[],
  length: { min: number; max: number },
): Promise<HeldUnit[]> {
  if (keys.length === 0 || projectIds.length === 0) return [];
  const lists = await db.$queryRaw<{ k: number | bigint; ids: string | null }[]>`${Prisma.join(
    keys.map((k, index) => Prisma.sql`SELECT ${index} AS "k", group_concat("rowid") AS "ids" FROM "TmSourceIndex" WHERE "TmSourceIndex" MATCH ${quote(k.key)}`),
    " UNION ALL ",
  )}`;
  const best = mostCovering(
    lists.map((list) => ({ ids: list.ids ?? "", weight: keys[Number(list.k)].weight })),
    needed,
    exclude,
    limit,
  );
  if (best.length === 0) return [];
  // One row holding a JSON array: each row through the driver costs ~50 µs, JSON.parse a few per
  // unit. The unary + keeps SQLite on the primary key: the (projectId, sourceLength) index would
  // walk every unit of a possible length in the project.
  const [packed] = await db.$queryRaw<{ units: string | null }[]>`
    SELECT json_group_array(json_array("id", "projectId", "sourceKeys", "sourceLength", "sourceText", "contextHash")) AS "units" FROM "TmUnit"
    WHERE "id" IN (${Prisma.join(best.map((b) => b.id))})
      AND +"projectId" IN (${Prisma.join(projectIds)}) AND +"sourceLength" BETWEEN ${length.min} AND ${Math.min(length.max, 1_000_000)}`;
  const read = JSON.parse(packed?.units ?? "[]") as [number, string, string, number, string, string | null][];
  const units = new Map(
    read.map(([id, projectId, sourceKeys, sourceLength, sourceText, contextHash]) => [
      id,
      { id, projectId, sourceKeys, sourceLength, sourceText, contextHash },
    ]),
  );
  return best.map((b) => ({ ...b, unit: units.get(b.id) ?? null }));
}

/**
 * Units of the memories holding `terms` on one side, most relevant (bm25) first among the newest
 * RANKED_WINDOW holding them: French keys in any order (`TmSourceIndex` is detail=column, which
 * has no phrase queries: the caller checks word order), or the English phrase (`TmTargetIndex`,
 * Porter-stemmed), marked by highlight().
 */
export async function concordanceCandidates(
  db: RawDb,
  side: "fr" | "en",
  terms: readonly string[],
  projectIds: readonly string[],
  page: { limit: number; offset: number },
): Promise<ConcordanceCandidate[]> {
  if (terms.length === 0 || projectIds.length === 0) return [];
  const projects = Prisma.join(projectIds);
  if (side === "fr") {
    const match = [...new Set(terms)].map(quote).join(" AND ");
    return db.$queryRaw<ConcordanceCandidate[]>`
      SELECT u."id", NULL AS "marked"
      FROM (SELECT "rowid" AS "id", bm25("TmSourceIndex") AS "rank" FROM "TmSourceIndex" WHERE "TmSourceIndex" MATCH ${match} ORDER BY "rowid" DESC LIMIT ${RANKED_WINDOW}) f
      CROSS JOIN "TmUnit" u ON u."id" = f."id"
      WHERE u."projectId" IN (${projects})
      ORDER BY f."rank", ${STATUS_ORDER}, u."updatedAt" DESC, u."id" DESC LIMIT ${page.limit} OFFSET ${page.offset}`;
  }
  const match = quote(terms.join(" "));
  const ranked = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT u."id"
    FROM (SELECT "rowid" AS "id", bm25("TmTargetIndex") AS "rank" FROM "TmTargetIndex" WHERE "TmTargetIndex" MATCH ${match} ORDER BY "rowid" DESC LIMIT ${RANKED_WINDOW}) f
    CROSS JOIN "TmUnit" u ON u."id" = f."id"
    WHERE u."projectId" IN (${projects})
    ORDER BY f."rank", ${STATUS_ORDER}, u."updatedAt" DESC, u."id" DESC LIMIT ${page.limit} OFFSET ${page.offset}`;
  if (ranked.length === 0) return [];
  // highlight() for the page only: it re-reads each unit's text.
  const marked = await db.$queryRaw<{ id: number | bigint; marked: string }[]>`
    SELECT "rowid" AS "id", highlight("TmTargetIndex", 0, char(1), char(2)) AS "marked" FROM "TmTargetIndex"
    WHERE "TmTargetIndex" MATCH ${match} AND "rowid" IN (${Prisma.join(ranked.map((r) => r.id))})`;
  const markedById = new Map(marked.map((m) => [Number(m.id), m.marked]));
  return ranked.map((r) => ({ id: Number(r.id), marked: markedById.get(Number(r.id)) ?? null }));
}

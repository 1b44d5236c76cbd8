import { Prisma } from "../db/generated/client";
import type { Db } from "../db/client";

/**
 * The SQLite-specific half of fuzzy lookup and concordance: FTS5 queries over the memory's indexes
 * (migration 20261207050000). Everything else in find-matches.ts and search-concordance.ts is
 * portable; a PostgreSQL build (pg_trgm / tsvector) replaces this file only.
 */

type RawDb = Pick<Db, "$queryRaw">;

/** What the lookup needs of a candidate to bound and score it (the rest of the unit is read for winners only). */
export interface CandidateUnit {
  id: number;
  projectId: string;
  sourceKeys: string;
  sourceLength: number;
  sourceText: string;
  contextHash: string | null;
}

/** An FTS5 string literal: keys hold only word characters, but quotes are escaped all the same. */
const quote = (key: string) => `"${key.replace(/"/gu, '""')}"`;

// Document frequencies by database: fts5vocab counts a key by walking its postings (50 ms for a
// key in most of a million units), so they are remembered. They only order keys and size the
// probe — a stale figure makes a lookup slower, never wrong — and are refreshed after a while.
const FREQUENCY_TTL_MS = 10 * 60_000;
const MAX_REMEMBERED = 100_000;
const remembered = new WeakMap<object, Map<string, { doc: number; at: number }>>();

/** How many units (of every memory) hold each key, about: the rarest keys are probed first. */
export async function keyFrequencies(db: RawDb, keys: readonly string[]): Promise<Map<string, number>> {
  let cache = remembered.get(db);
  if (!cache) remembered.set(db, (cache = new Map()));
  const now = Date.now();
  const result = new Map<string, number>();
  const unknown: string[] = [];
  for (const key of keys) {
    const known = cache.get(key);
    if (known && now - known.at < FREQUENCY_TTL_MS) result.set(key, known.doc);
    else unknown.push(key);
  }
  if (unknown.length > 0) {
    // One equality per key: the vocabulary table seeks a term only for "term = ?".
    const rows = await db.$queryRaw<{ term: string; doc: number | bigint }[]>`
      ${Prisma.join(
        unknown.map((key) => Prisma.sql`SELECT "term", "doc" FROM "TmSourceVocabulary" WHERE "term" = ${key}`),
        " UNION ALL ",
      )}`;
    if (cache.size + unknown.length > MAX_REMEMBERED) cache.clear();
    const found = new Map(rows.map((row) => [row.term, Number(row.doc)]));
    for (const key of unknown) {
      const doc = found.get(key) ?? 0;
      result.set(key, doc);
      cache.set(key, { doc, at: now });
    }
  }
  return result;
}

/** A query key and how many of the query's words have it. */
export interface WeightedKey {
  key: string;
  weight: number;
}

/** One ranked group of postings: a unit, the query words its probed keys cover, and the unit when it passes the filters. */
export interface HeldUnit {
  id: number;
  held: number;
  unit: CandidateUnit | null;
}

/**
 * The `limit` units that cover the most query words among `keys` (each key counts its weight), at
 * least `needed`, leaving out `exclude`; most covering first. SQLite hands each key's postings over
 * as one string of rowids (group_concat, ~0.07 µs a posting) and they are counted here in a typed
 * array: counting them in SQL (GROUP BY over the union) sorted every posting in a temporary b-tree,
 * three quarters of the statement. Only the `limit` best counts are then read from TmUnit (a row
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

// Counts by id and the ids counted, kept between calls and cleared after each: allocating and
// growing fresh arrays (a JS array of touched ids included) cost more than the counting itself.
// Calls never interleave: nothing in mostCovering awaits.
let counts = new Uint32Array(1 << 16);
let touched = new Int32Array(1 << 14);

/**
 * Ids and counts of the `limit` ids covering most weight (at least `needed`, not in `exclude`),
 * most first, from comma-separated id lists (each id once per list). Counts live in a typed array
 * indexed by id: a Map cost five times as much at tens of thousands of postings.
 */
export function mostCovering(
  lists: readonly { ids: string; weight: number }[],
  needed: number,
  exclude: readonly number[],
  limit: number,
): { id: number; held: number }[] {
  let distinct = 0;
  let most = 0;
  const count = (id: number, weight: number) => {
    if (id >= counts.length) {
      const grown = new Uint32Array(Math.max(id + 1, counts.length * 2));
      grown.set(counts);
      counts = grown;
    }
    if (counts[id] === 0) {
      if (distinct === touched.length) {
        const grown = new Int32Array(touched.length * 2);
        grown.set(touched);
        touched = grown;
      }
      touched[distinct++] = id;
    }
    counts[id] += weight;
    if (counts[id] > most) most = counts[id];
  };
  for (const { ids, weight } of lists) {
    if (ids.length === 0) continue;
    let id = 0;
    for (let i = 0; i < ids.length; i++) {
      const c = ids.charCodeAt(i);
      if (c === 44) {
        count(id, weight);
        id = 0;
      } else id = id * 10 + (c - 48);
    }
    count(id, weight);
  }
  for (const id of exclude) if (id < counts.length && counts[id] !== 0) counts[id] = 0;
  // Counts are small integers: find the lowest count that still fits in `limit`, then collect.
  const floor = Math.max(needed, 1);
  const perCount = new Uint32Array(most + 1);
  for (let t = 0; t < distinct; t++) if (counts[touched[t]] >= floor) perCount[counts[touched[t]]]++;
  let lowest = most + 1;
  let taken = 0;
  while (lowest > floor && taken + perCount[lowest - 1] <= limit) taken += perCount[--lowest];
  // The next count would overflow `limit`: take part of it (a unit left out covers at most that count).
  const partial = lowest > floor && taken < limit ? lowest - 1 : -1;
  let room = limit - taken;
  const best: { id: number; held: number }[] = [];
  for (let t = 0; t < distinct; t++) {
    const id = touched[t];
    const held = counts[id];
    counts[id] = 0;
    if (held >= lowest && held >= floor) best.push({ id, held });
    else if (held === partial && room > 0) {
      best.push({ id, held });
      room--;
    }
  }
  return best.sort((a, b) => b.held - a.held || a.id - b.id);
}

/** Units of a length in [min, max], for queries too short for their keys to decide (at most `limit`). */
export async function unitsOfLength(db: RawDb, projectIds: readonly string[], length: { min: number; max: number }, limit: number): Promise<CandidateUnit[]> {
  if (projectIds.length === 0) return [];
  const rows = await db.$queryRaw<CandidateUnit[]>`
    SELECT "id", "projectId", "sourceKeys", "sourceLength", "sourceText", "contextHash" FROM "TmUnit"
    WHERE "projectId" IN (${Prisma.join(projectIds)}) AND "sourceLength" BETWEEN ${length.min} AND ${Math.min(length.max, 1_000_000)}
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, id: Number(row.id), sourceLength: Number(row.sourceLength) }));
}

/** A concordance hit: the unit, and for English the searched side with the phrase marked by \u0001 … \u0002. */
export interface ConcordanceCandidate {
  id: number;
  marked: string | null;
}

// Best-reviewed first among equally relevant units (TM_STATUS_RANK, spelt in SQL), then the newest.
const STATUS_ORDER = Prisma.sql`CASE u."status" WHEN 'approved' THEN 0 WHEN 'reviewed' THEN 1 WHEN 'translated' THEN 2 WHEN 'aligned' THEN 3 ELSE 4 END`;

// Matches ranked per search: a common word matches hundreds of thousands of units, and ranking
// them all (bm25, then joining each unit for its memory, status and date) takes a second at a
// million units. Ranking the newest of them keeps a search within tens of milliseconds; a word
// rarer than this is ranked over every unit holding it.
export const RANKED_WINDOW = 5_000;

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
      ORDER BY f."rank", ${STATUS_ORDER}, u."updatedAt" DESC LIMIT ${page.limit} OFFSET ${page.offset}`;
  }
  const match = quote(terms.join(" "));
  const ranked = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT u."id"
    FROM (SELECT "rowid" AS "id", bm25("TmTargetIndex") AS "rank" FROM "TmTargetIndex" WHERE "TmTargetIndex" MATCH ${match} ORDER BY "rowid" DESC LIMIT ${RANKED_WINDOW}) f
    CROSS JOIN "TmUnit" u ON u."id" = f."id"
    WHERE u."projectId" IN (${projects})
    ORDER BY f."rank", ${STATUS_ORDER}, u."updatedAt" DESC LIMIT ${page.limit} OFFSET ${page.offset}`;
  if (ranked.length === 0) return [];
  // highlight() for the page only: it re-reads each unit's text.
  const marked = await db.$queryRaw<{ id: number | bigint; marked: string }[]>`
    SELECT "rowid" AS "id", highlight("TmTargetIndex", 0, char(1), char(2)) AS "marked" FROM "TmTargetIndex"
    WHERE "TmTargetIndex" MATCH ${match} AND "rowid" IN (${Prisma.join(ranked.map((r) => r.id))})`;
  const markedById = new Map(marked.map((m) => [Number(m.id), m.marked]));
  return ranked.map((r) => ({ id: Number(r.id), marked: markedById.get(Number(r.id)) ?? null }));
}

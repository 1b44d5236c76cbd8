import { Prisma } from "../db/generated/client";
import type { Db } from "../db/client";

/**
 * What the two engines' candidate finders (sqlite-candidates.ts, postgres-candidates.ts) share:
 * the shapes they return, the ranking rules they both spell in SQL, the cache of key frequencies,
 * and the one portable query (units by length). candidates.ts picks the engine.
 */

export type RawDb = Pick<Db, "$queryRaw">;

/** What the lookup needs of a candidate to bound and score it (the rest of the unit is read for winners only). */
export interface CandidateUnit {
  id: number;
  projectId: string;
  sourceKeys: string;
  sourceLength: number;
  sourceText: string;
  contextHash: string | null;
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

/** A concordance hit: the unit, and for English the searched side with the phrase marked by \u0001 … \u0002. */
export interface ConcordanceCandidate {
  id: number;
  marked: string | null;
}

/** The words of an English query and of the texts it is found in: letters and digits, as FTS5's unicode61 reads them. */
export const ENGLISH_WORDS = /[\p{L}\p{N}]+/gu;

// Best-reviewed first among equally relevant units (TM_STATUS_RANK, spelt in SQL), then the newest
// (both engines add the id last: units of one import share a date, and a page must cut the same list).
export const STATUS_ORDER = Prisma.sql`CASE u."status" WHEN 'approved' THEN 0 WHEN 'reviewed' THEN 1 WHEN 'translated' THEN 2 WHEN 'aligned' THEN 3 ELSE 4 END`;

// Matches ranked per search: a common word matches hundreds of thousands of units, and ranking
// them all (bm25, then joining each unit for its memory, status and date) takes a second at a
// million units. Ranking the newest of them keeps a search within tens of milliseconds; a word
// rarer than this is ranked over every unit holding it.
export const RANKED_WINDOW = 5_000;

// Document frequencies by database: counting a key walks its postings (50 ms for a key in most of
// a million units), so they are remembered. They only order keys and size the probe — a stale
// figure makes a lookup slower, never wrong — and are refreshed after a while.
const FREQUENCY_TTL_MS = 10 * 60_000;
const MAX_REMEMBERED = 100_000;
const remembered = new WeakMap<object, Map<string, { doc: number; at: number }>>();

/** Each key's frequency, from the cache or, for keys not remembered, from `count` (which may omit keys no unit holds). */
export async function rememberedFrequencies(
  db: object,
  keys: readonly string[],
  count: (unknown: readonly string[]) => Promise<Map<string, number>>,
): Promise<Map<string, number>> {
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
    const found = await count(unknown);
    if (cache.size + unknown.length > MAX_REMEMBERED) cache.clear();
    for (const key of unknown) {
      const doc = found.get(key) ?? 0;
      result.set(key, doc);
      cache.set(key, { doc, at: now });
    }
  }
  return result;
}

/** Units of a length in [min, max], for queries too short for their keys to decide (at most `limit`). Portable SQL. */
export async function unitsOfLength(db: RawDb, projectIds: readonly string[], length: { min: number; max: number }, limit: number): Promise<CandidateUnit[]> {
  if (projectIds.length === 0) return [];
  const rows = await db.$queryRaw<CandidateUnit[]>`
    SELECT "id", "projectId", "sourceKeys", "sourceLength", "sourceText", "contextHash" FROM "TmUnit"
    WHERE "projectId" IN (${Prisma.join(projectIds)}) AND "sourceLength" BETWEEN ${length.min} AND ${Math.min(length.max, 1_000_000)}
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, id: Number(row.id), sourceLength: Number(row.sourceLength) }));
}

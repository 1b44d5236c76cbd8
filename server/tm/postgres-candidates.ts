import { Prisma } from "../db/generated/client";
import {
  type CandidateUnit,
  type ConcordanceCandidate,
  ENGLISH_WORDS as WORDS,
  type HeldUnit,
  RANKED_WINDOW,
  type RawDb,
  rememberedFrequencies,
  STATUS_ORDER,
  type WeightedKey,
} from "./candidates-common";
import { mostCovering } from "./most-covering";

/**
 * The PostgreSQL half of fuzzy lookup and concordance, giving what sqlite-candidates.ts gives on
 * SQLite (candidates.ts picks one): the same candidates, ranked by the same rules, over the
 * expression indexes of migration 20261209000100_postgres_memory_search. Each query below spells
 * an indexed expression exactly as the index does, or the planner cannot use it:
 * - KEYS, `string_to_array("sourceKeys", ' ')` (GIN): a key's postings, as FTS5's TmSourceIndex;
 * - ENGLISH, `to_tsvector('english', "targetText")` (GIN): English stems, as TmTargetIndex;
 * - TRIGRAMS, `"targetText" gin_trgm_ops` (GIN, pg_trgm): substrings, for phrases of stop words.
 */

const KEYS = Prisma.sql`string_to_array("sourceKeys", ' ')`;
const ENGLISH = Prisma.sql`to_tsvector('english', "targetText")`;
/** Units holding every one of `keys` (bound untyped: each is cast). */
const holdsKeys = (keys: readonly string[]) => Prisma.sql`${KEYS} @> ARRAY[${Prisma.join(keys.map((key) => Prisma.sql`${key}::text`))}]`;

/**
 * How many units (of every memory) hold each key, remembered a while. A common key is read from
 * PostgreSQL's statistics of the KEYS expression (its most common elements and their shares, kept
 * by ANALYZE / autovacuum): counting one walks most of the table (half a second at 100,000 units).
 * Other keys are rarer than any of those and are counted over their postings. A figure only orders
 * keys and sizes the probe, never decides a result (find-matches.ts).
 */
export async function keyFrequencies(db: RawDb, keys: readonly string[]): Promise<Map<string, number>> {
  return rememberedFrequencies(db, keys, async (unknown) => {
    const [stats] = await db.$queryRaw<{ keys: string[] | null; shares: number[] | null; units: number }[]>`
      SELECT s."most_common_elems"::text::text[] AS "keys", s."most_common_elem_freqs" AS "shares", c."reltuples" AS "units"
      FROM pg_class c LEFT JOIN pg_stats s ON s."schemaname" = current_schema() AND s."tablename" = 'TmUnit_sourceKeys_postings_idx'
      WHERE c."oid" = '"TmUnit"'::regclass`;
    const found = new Map<string, number>();
    if (stats?.keys && stats.shares && stats.units > 0) {
      const share = new Map(stats.keys.map((key, i) => [key, Number(stats.shares![i])]));
      for (const key of unknown) if (share.has(key)) found.set(key, Math.round(share.get(key)! * stats.units));
    }
    const counted = unknown.filter((key) => !found.has(key));
    if (counted.length > 0) {
      const rows = await db.$queryRaw<{ term: string; doc: number | bigint }[]>`${Prisma.join(
        counted.map((key) => Prisma.sql`SELECT ${key}::text AS "term", count(*) AS "doc" FROM "TmUnit" WHERE ${holdsKeys([key])}`),
        " UNION ALL ",
      )}`;
      for (const row of rows) found.set(row.term, Number(row.doc));
    }
    return found;
  });
}

/**
 * sqlite-candidates.ts's unitsHoldingMost on PostgreSQL: each probed key's postings as one id list
 * (string_agg in id order, as FTS5 hands them over, so that the counting keeps the same units on a
 * tie), counted by mostCovering, then the `limit` best read with the memory and length filters.
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
  const lists = await db.$queryRaw<{ k: number; ids: string | null }[]>`SELECT * FROM (${Prisma.join(
    keys.map(
      (k, index) => Prisma.sql`SELECT ${index}::int AS "k", string_agg("id"::text, ',' ORDER BY "id") AS "ids" FROM "TmUnit" WHERE ${holdsKeys([k.key])}`,
    ),
    " UNION ALL ",
  )}) AS "lists" ORDER BY "k"`;
  const best = mostCovering(
    lists.map((list) => ({ ids: list.ids ?? "", weight: keys[Number(list.k)].weight })),
    needed,
    exclude,
    limit,
  );
  if (best.length === 0) return [];
  const rows = await db.$queryRaw<CandidateUnit[]>`
    SELECT "id", "projectId", "sourceKeys", "sourceLength", "sourceText", "contextHash" FROM "TmUnit"
    WHERE "id" IN (${Prisma.join(best.map((b) => b.id))})
      AND "projectId" IN (${Prisma.join(projectIds)}) AND "sourceLength" BETWEEN ${length.min} AND ${Math.min(length.max, 1_000_000)}`;
  const units = new Map(rows.map((row) => [Number(row.id), { ...row, id: Number(row.id), sourceLength: Number(row.sourceLength) }]));
  return best.map((b) => ({ ...b, unit: units.get(b.id) ?? null }));
}

// bm25 as FTS5 computes it (k1 = 1.2, b = 0.75). Every candidate of one search holds the same
// terms, so the terms' IDF is one positive factor that leaves the order alone and is left out.
const bm25 = (hits: Prisma.Sql, length: Prisma.Sql, average: Prisma.Sql) =>
  Prisma.sql`${hits} * 2.2 / (${hits} + 1.2 * (0.25 + 0.75 * ${length} / NULLIF(${average}, 0)))`;

/**
 * sqlite-candidates.ts's concordanceCandidates on PostgreSQL, among the newest RANKED_WINDOW units
 * holding the terms, then by status, then newest:
 * - French: units holding every key (KEYS). FTS5's bm25 over its detail=column index counts each
 *   key once per unit, so between units holding the same keys it orders by length alone: fewer
 *   keys first — exactly FTS5's order. The caller checks word order, as on SQLite.
 * - English: a phrase query on the stems (ENGLISH), bm25 from the phrase's occurrences and the
 *   text's length in words (the average over the window standing for FTS5's over the index), then
 *   the phrase found word by word on the stems (`markPhrase`): PostgreSQL's phrase query skips
 *   stop words, FTS5's does not, so the check keeps only units where the words follow each other.
 *   A phrase of stop words only ("been", "of the") has no stems to look up: its units are found by
 *   substring through the trigram index (TRIGRAMS), then checked the same way.
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
    const rows = await db.$queryRaw<{ id: number }[]>`
      SELECT u."id"
      FROM (SELECT "id", cardinality(${KEYS}) AS "length" FROM "TmUnit" WHERE ${holdsKeys([...new Set(terms)])} ORDER BY "id" DESC LIMIT ${RANKED_WINDOW}) f
      JOIN "TmUnit" u ON u."id" = f."id"
      WHERE u."projectId" IN (${projects})
      ORDER BY f."length", ${STATUS_ORDER}, u."updatedAt" DESC, u."id" DESC LIMIT ${page.limit} OFFSET ${page.offset}`;
    return rows.map((row) => ({ id: Number(row.id), marked: null }));
  }
  const phrase = terms.join(" ");
  const termStems = await stemsOf(db, terms);
  const stopWordsOnly = terms.every((term) => termStems.get(term)!.stop);
  // Stems, or for stop words only the words: what `hits` counts in each unit's text.
  const config = Prisma.raw(stopWordsOnly ? "'simple'" : "'english'");
  const holds = stopWordsOnly ? Prisma.sql`"targetText" ILIKE ${`%${phrase}%`}` : Prisma.sql`${ENGLISH} @@ phraseto_tsquery('english', ${phrase}::text)`;
  const ranked = await db.$queryRaw<{ id: number; targetText: string }[]>`
    WITH f AS (
      SELECT "id",
        (SELECT min(cardinality(v."positions")) FROM unnest(to_tsvector(${config}, "targetText")) v
          WHERE v."lexeme" = ANY(tsvector_to_array(to_tsvector(${config}, ${phrase}::text)))) AS "hits",
        (SELECT sum(cardinality(v."positions")) FROM unnest(to_tsvector('simple', "targetText")) v) AS "length"
      FROM "TmUnit" WHERE ${holds} ORDER BY "id" DESC LIMIT ${RANKED_WINDOW}
    )
    SELECT u."id", u."targetText"
    FROM f CROSS JOIN (SELECT avg("length") AS "average" FROM f) a JOIN "TmUnit" u ON u."id" = f."id"
    WHERE u."projectId" IN (${projects})
    ORDER BY ${bm25(Prisma.sql`COALESCE(f."hits", 1)`, Prisma.sql`f."length"`, Prisma.sql`a."average"`)} DESC, ${STATUS_ORDER}, u."updatedAt" DESC, u."id" DESC
    LIMIT ${page.limit} OFFSET ${page.offset}`;
  if (ranked.length === 0) return [];
  const stems = await stemsOf(
    db,
    ranked.flatMap((row) => [...row.targetText.matchAll(WORDS)].map((m) => m[0])),
  );
  const stem = new Map([...termStems, ...stems].map(([word, s]) => [word, s.stem]));
  const wanted = terms.map((term) => stem.get(term)!);
  return ranked.map((row) => ({ id: Number(row.id), marked: markPhrase(row.targetText, wanted, stem) }));
}

/** Each word's Snowball English stem as the ENGLISH index has it; a stop word (no stem) stands for itself, lower-cased. */
async function stemsOf(db: RawDb, words: readonly string[]): Promise<Map<string, { stem: string; stop: boolean }>> {
  const distinct = [...new Set(words)];
  const rows = await db.$queryRaw<{ word: string; stem: string; stop: boolean }[]>`
    SELECT "word", COALESCE("lexemes"[1], lower("word")) AS "stem", cardinality("lexemes") = 0 AS "stop"
    FROM (SELECT "word", ts_lexize('english_stem', lower("word")) AS "lexemes" FROM json_array_elements_text(${JSON.stringify(distinct)}::json) AS w("word")) s`;
  return new Map(rows.map((row) => [row.word, { stem: row.stem, stop: row.stop }]));
}

/** `text` with the first run of words whose stems are `wanted` marked by \u0001 … \u0002 (highlight()'s shape), or null. */
export function markPhrase(text: string, wanted: readonly string[], stem: ReadonlyMap<string, string>): string | null {
  const words = [...text.matchAll(WORDS)];
  for (let w = 0; w + wanted.length <= words.length; w++) {
    let k = 0;
    while (k < wanted.length && stem.get(words[w + k][0]) === wanted[k]) k++;
    if (k < wanted.length) continue;
    const start = words[w].index;
    const last = words[w + wanted.length - 1];
    const end = last.index + last[0].length;
    return `${text.slice(0, start)}\u0001${text.slice(start, end)}\u0002${text.slice(end)}`;
  }
  return null;
}

import { consistencyKey, findInconsistencies, groupsByTranslation, keyHash, type QaConsistencyRow } from "@/core/qa/inconsistent";
import type { QaContext } from "@/core/qa/run-checks";
import type { QaFinding } from "@/core/qa/types";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";

/** A translated segment of the project, as the inconsistency check compares them. */
export type ProjectPair = QaConsistencyRow & { documentId: string };

/** Past this many texts to look up, reading the whole project is cheaper than the indexed look-ups. */
const MAX_LOOKED_UP = 4_000;
/** Hashes per IN list: raw statements may bind thousands of values on both engines. */
const HASHES_PER_QUERY = 2_000;

type Row = { id: string; documentId: string; sourceText: string; targetText: string };

/**
 * The `inconsistent` findings of `pairs` (by segment id) across the project's live documents: the
 * same source translated differently, the same translation for different sources. `pairs` are the
 * segments judged, with their English as shown or about to be stored; they stand in for their stored
 * rows. Empty when the check is off. Only the rows that may share a comparison key with a pair are
 * read — by the key hashes stored on every segment (Segment.sourceKeyHash / targetKeyHash), plus rows
 * not given their hashes yet — so opening a part of a book reads what it needs, not the whole project.
 */
export async function projectInconsistencies(
  db: Pick<Db, "$queryRaw">,
  projectId: string,
  context: QaContext,
  pairs: readonly ProjectPair[],
): Promise<Map<string, QaFinding[]>> {
  const judged = pairs.filter((pair) => pair.target.trim() !== "");
  if (!context.settings.checks.inconsistent.enabled || judged.length === 0) return new Map();
  const rows = await rowsSharingKeys(db, projectId, judged);
  const replaced = new Set(pairs.map((pair) => pair.segmentId));
  const compared: ProjectPair[] = rows
    .filter((row) => !replaced.has(row.id))
    .map((row) => ({ segmentId: row.id, documentId: row.documentId, source: row.sourceText, target: row.targetText }));
  const found = findInconsistencies([...compared, ...judged]);
  return new Map(judged.flatMap((pair) => (found.has(pair.segmentId) ? [[pair.segmentId, found.get(pair.segmentId)!] as const] : [])));
}

/** The project's translated rows whose source or translation may have the key of a pair's (as findInconsistencies groups them). */
async function rowsSharingKeys(db: Pick<Db, "$queryRaw">, projectId: string, pairs: readonly ProjectPair[]): Promise<Row[]> {
  const sources = new Set<number>();
  const targets = new Set<number>();
  for (const pair of pairs) {
    // A source without a key is compared with nothing (findInconsistencies), nor is its translation.
    const sourceKey = consistencyKey(pair.source);
    if (sourceKey === "") continue;
    sources.add(keyHash(sourceKey));
    const targetKey = consistencyKey(pair.target);
    if (groupsByTranslation(targetKey)) targets.add(keyHash(targetKey));
  }
  // CROSS JOIN: SQLite then starts from the segments found by the hash indexes; with a plain JOIN it
  // started from the project's documents and read every segment of a 200,000-segment book (150 ms).
  // PostgreSQL plans it as any inner join.
  const read = (where: Prisma.Sql) => db.$queryRaw<Row[]>`
    SELECT s."id", s."documentId", s."sourceText", s."targetText"
    FROM "Segment" s CROSS JOIN "Document" d
    WHERE d."id" = s."documentId" AND d."projectId" = ${projectId} AND d."deletedAt" IS NULL AND s."targetText" <> '' AND (${where})`;
  if (sources.size + targets.size > MAX_LOOKED_UP) return read(Prisma.sql`1 = 1`);
  const lists = [...chunks("sourceKeyHash", [...sources]), ...chunks("targetKeyHash", [...targets])];
  // Rows from before the hashes existed are read whatever their text, until the start-up backfill reaches them.
  const unhashed = Prisma.sql`s."sourceKeyHash" IS NULL OR s."targetKeyHash" IS NULL`;
  const byId = new Map<string, Row>();
  for (const [k, list] of lists.entries()) for (const row of await read(k === 0 ? Prisma.sql`${list} OR ${unhashed}` : list)) byId.set(row.id, row);
  return [...byId.values()];
}

function chunks(column: "sourceKeyHash" | "targetKeyHash", hashes: number[]): Prisma.Sql[] {
  const lists: Prisma.Sql[] = [];
  for (let i = 0; i < hashes.length; i += HASHES_PER_QUERY)
    lists.push(Prisma.sql`s.${Prisma.raw(`"${column}"`)} IN (${Prisma.join(hashes.slice(i, i + HASHES_PER_QUERY))})`);
  return lists;
}

import type { Db } from "../db/client";
import { dialectOf } from "../db/dialect";
import { Prisma } from "../db/generated/client";
import { jsonRows, textList } from "./json-rows";

/**
 * The SQL of the unit writer (write-units.ts): reading stored units by pair hash, inserting new
 * rows and rewriting what better units say of stored pairs. Each statement takes its rows as ONE
 * JSON parameter (json-rows.ts), read back with `->>`: Prisma converts and checks every bound
 * parameter, and that, not SQLite, was most of a large TMX import's time. `->>` gives text: on
 * PostgreSQL the columns that are not text are cast (`columnValue`).
 */

type DbLike = Pick<Db, "$executeRaw" | "$queryRaw">;

/** A row as the TmUnit table stores it; dates already as `sqlTimestamp` text. */
export type UnitRow = Record<(typeof UNIT_COLUMNS)[number], string | number | null>;

export const UNIT_COLUMNS = [
  "projectId",
  "sourceText",
  "targetText",
  "pairHash",
  "sourceKeys",
  "sourceLength",
  "contextHash",
  "status",
  "origin",
  "segmentId",
  "documentId",
  "documentTitle",
  "authorId",
  "authorName",
  "sourceLang",
  "targetLang",
  "metadata",
  "createdAt",
  "updatedAt",
] as const;

/** What a better unit for a stored pair replaces: everything but the pair itself and when it was first stored. */
export const PROVENANCE_COLUMNS = [
  "contextHash",
  "status",
  "origin",
  "segmentId",
  "documentId",
  "documentTitle",
  "authorId",
  "authorName",
  "sourceLang",
  "targetLang",
  "metadata",
  "updatedAt",
] as const;

// Rows per statement. Prisma copies a parameter several times on its way to SQLite: 2,000 rows
// (~1 MB of JSON) a statement raised a 100,000-unit import's peak RSS by ~100 MB for ~5 % less time;
// 250 cost 20 % more time. At 500 the peak is ~40 MB above one bound parameter per value's.
const ROWS_PER_STATEMENT = 500;

let lastTime = Number.NaN;
let lastText = "";
/**
 * A date as the Prisma SQLite adapter writes DateTime columns (ISO 8601 with "+00:00"), so that
 * rows written here read back as the same Date and sort with rows written through Prisma. Units
 * of one file mostly share a date: the last conversion is kept.
 */
export function sqlTimestamp(date: Date): string {
  const time = date.getTime();
  if (time !== lastTime) {
    lastTime = time;
    lastText = date.toISOString().replace("Z", "+00:00");
  }
  return lastText;
}

/** A stored unit as the writer merges into it. */
export interface StoredUnitRow {
  id: number;
  pairHash: string;
  segmentId: string | null;
  metadata: string;
  status: string;
  origin: string;
  documentId: string | null;
  documentTitle: string;
  authorId: string | null;
  authorName: string;
  contextHash: string | null;
  updatedAt: Date;
}

/** The units of a memory holding any of these pairs. */
export async function findStoredUnits(db: DbLike, projectId: string, hashes: readonly string[]): Promise<StoredUnitRow[]> {
  if (hashes.length === 0) return [];
  const rows = await db.$queryRaw<(Omit<StoredUnitRow, "updatedAt"> & { updatedAt: Date | string })[]>`
    SELECT "id", "pairHash", "segmentId", "metadata", "status", "origin", "documentId", "documentTitle", "authorId", "authorName", "contextHash", "updatedAt"
    FROM "TmUnit" WHERE "projectId" = ${projectId} AND "pairHash" IN (${textList(db, hashes)})`;
  return rows.map((row) => ({ ...row, id: Number(row.id), updatedAt: new Date(row.updatedAt) }));
}

// Columns that are not text, and their PostgreSQL types (SQLite stores what `->>` gives as it is).
const TYPED: Partial<Record<string, string>> = { id: "integer", sourceLength: "integer", createdAt: "timestamp(3)", updatedAt: "timestamp(3)" };

/** Element `index` of a JSON row as column `column` takes it. */
function columnValue(db: object, column: string, index: number): string {
  const type = dialectOf(db) === "postgres" ? TYPED[column] : undefined;
  return type ? `("value" ->> ${index})::${type}` : `"value" ->> ${index}`;
}

/** Inserts new units (SQLite's FTS5 triggers and PostgreSQL's indexes index them). Call inside a transaction. */
export async function insertUnitRows(db: DbLike, rows: readonly UnitRow[]): Promise<void> {
  const columns = UNIT_COLUMNS.map((c) => `"${c}"`).join(", ");
  const values = UNIT_COLUMNS.map((c, i) => columnValue(db, c, i)).join(", ");
  const head = Prisma.raw(`INSERT INTO "TmUnit" (${columns}) SELECT ${values} FROM `);
  // In the batch's order, so that ids follow it.
  const tail = Prisma.raw(` ORDER BY "key"`);
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const json = JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT).map((row) => UNIT_COLUMNS.map((c) => row[c])));
    await db.$executeRaw`${head}${jsonRows(db, json)}${tail}`;
  }
}

/**
 * Rewrites what better units say of stored pairs. The pair itself never changes here, so the
 * memory's indexes are not touched (they watch the texts).
 */
export async function updateProvenance(db: DbLike, rows: readonly (Pick<UnitRow, (typeof PROVENANCE_COLUMNS)[number]> & { id: number })[]): Promise<void> {
  const names = ["id", ...PROVENANCE_COLUMNS];
  const values = names.map((c, i) => `${columnValue(db, c, i)} AS "${c}"`).join(", ");
  const sets = PROVENANCE_COLUMNS.map((c) => `"${c}" = v."${c}"`).join(", ");
  const head = Prisma.raw(`UPDATE "TmUnit" SET ${sets} FROM (SELECT ${values} FROM `);
  const tail = Prisma.raw(`) AS v WHERE "TmUnit"."id" = v."id"`);
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const json = JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT).map((row) => names.map((c) => row[c as keyof typeof row])));
    await db.$executeRaw`${head}${jsonRows(db, json)}${tail}`;
  }
}

import { Slice } from "@/core/work/slices";
import { Prisma } from "./generated/client";
import type { Db } from "./client";

// Keeps rows × columns far below SQLite's and PostgreSQL's bound-parameter limits.
const MAX_PARAMETERS = 4_000;

type Value = string | number | boolean | Date | null;

/**
 * Inserts many new rows with multi-row INSERTs. Prisma's createMany costs ~0.35 ms a row through the
 * driver adapter (4 s for an 11,000-sentence book); one statement per few hundred rows costs ~10×
 * less. `table` and `columns` are code constants, never user input; values are bound parameters
 * (Prisma.sql picks the provider's placeholders and Date encoding). Call inside a transaction.
 * Between statements it pauses for other requests once a slice of work has gone by: writing
 * 200,000 segments takes seconds, and the driver's promises alone never let the event loop turn.
 */
export async function insertRows<Row extends Record<string, Value>>(
  db: Pick<Db, "$executeRaw">,
  table: "Segment" | "Paragraph" | "SegmentRevision" | "Annotation" | "TmUnit",
  columns: readonly (keyof Row & string)[],
  rows: readonly Row[],
  /** Told the rows written so far, of how many, after each statement. */
  report?: (done: number, total: number) => void,
): Promise<void> {
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const slice = new Slice();
  for (let i = 0; i < rows.length; i += perStatement) {
    const values = rows.slice(i, i + perStatement).map((row) => Prisma.sql`(${Prisma.join(columns.map((c) => row[c]))})`);
    await db.$executeRaw`${head}${Prisma.join(values)}`;
    report?.(Math.min(rows.length, i + perStatement), rows.length);
    await slice.pauseIfDue();
  }
}

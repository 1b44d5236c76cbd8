import { Slice } from "@/core/work/slices";

/**
 * How many values one `IN (…)` list may bind. Prisma's SQLite driver adapter refuses a query with a
 * thousand bound parameters (P2029, "query parameter limit exceeded": it counts 999), and a search and
 * replace may touch 20,000 segments; PostgreSQL's limit (65,535) is far above this.
 */
export const MAX_IN_LIST = 500;

/** Runs `read` over `ids` a list at a time and concatenates the rows, for look-ups of many rows by id. */
export async function inChunks<T>(ids: readonly string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  const slice = new Slice();
  for (let i = 0; i < ids.length; i += MAX_IN_LIST) {
    rows.push(...(await read(ids.slice(i, i + MAX_IN_LIST))));
    await slice.pauseIfDue();
  }
  return rows;
}

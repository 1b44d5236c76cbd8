import { pauseForOthers } from "@/core/work/slices";

/** Rows read per query: Prisma turns them into objects in one synchronous go (about 20 ms per 1,000 segments). */
export const PAGE_SIZE = 2_000;

/**
 * Reads a long ordered list a page at a time, letting other requests in between pages: reading
 * the 50,000 segments of a document in one query held the server for over a second. `page` reads
 * up to `take` rows after `cursor` (exclusive, by id) in the list's order — with Prisma,
 * `findMany({ orderBy, take, ...(cursor ? { cursor, skip: 1 } : {}) })` with a unique last sort key.
 */
export async function readPages<T extends { id: string }>(page: (cursor: { id: string } | undefined, take: number) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let cursor: { id: string } | undefined; ;) {
    const next = await page(cursor, PAGE_SIZE);
    rows.push(...next);
    if (next.length < PAGE_SIZE) return rows;
    cursor = { id: next[next.length - 1].id };
    await pauseForOthers();
  }
}

import type { Db } from "../db/client";
import { storeKeyHashes } from "../segments/write-segment";

// Rows per transaction: a database from before the key hashes may hold a 200,000-segment book.
const PAGE = 2_000;

/**
 * Gives the comparison-key hashes (Segment.sourceKeyHash / targetKeyHash, read by the
 * `inconsistent` check) to the rows written before those columns existed. Run at start-up after the
 * migrations, as the memory's backfill is; once every row has them it costs one indexed query.
 * Until then the check reads such rows whatever their text, so nothing is missed meanwhile.
 * Returns how many rows were given their hashes.
 */
export async function backfillConsistencyKeys(db: Db): Promise<number> {
  let filled = 0;
  let after = "";
  for (;;) {
    const rows = await db.segment.findMany({
      where: { id: { gt: after }, OR: [{ sourceKeyHash: null }, { targetKeyHash: null }] },
      select: { id: true, version: true, sourceText: true, targetText: true },
      orderBy: { id: "asc" },
      take: PAGE,
    });
    if (rows.length === 0) return filled;
    await db.$transaction((tx) => storeKeyHashes(tx, rows));
    filled += rows.length;
    after = rows[rows.length - 1].id;
  }
}

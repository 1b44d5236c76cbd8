import type { Db } from "../db/client";
import { AppError } from "../errors";


/**
 * Optimistic concurrency for one segment. Every save names the version it edited: a save over a
 * newer version is refused with CONFLICT (its details carry what the caller needs to show both
 * texts), never applied on top.
 */
export function assertVersion(current: { version: number }, baseVersion: number, details: Record<string, unknown>): void {
  if (current.version !== baseVersion) throw new AppError("CONFLICT", "Someone else saved this segment after you opened it.", details);
}

/**
 * Writes `data` only if the segment is still at `version`. The guard in the WHERE makes the
 * check-and-set atomic even across processes: of two saves of the same version, one wins.
 */
export async function updateAtVersion(tx: Pick<Db, "segment">, segmentId: string, version: number, data: Parameters<Db["segment"]["updateMany"]>[0]["data"], details: Record<string, unknown>): Promise<void> {
  const { count } = await tx.segment.updateMany({ where: { id: segmentId, version }, data });
  if (count !== 1) throw new AppError("CONFLICT", "Someone else saved this segment at the same moment.", details);
}

import type { QaIgnore } from "@/core/qa/types";
import type { Db } from "../db/client";
import { inChunks } from "../db/in-chunks";

/** An ignore as the server sends it: the core shape (what applyIgnores reads) plus where it belongs. */
export interface QaIgnoreView extends QaIgnore {
  id: string;
  segmentId: string;
  code: string;
  userName: string;
  createdAt: string;
}

interface QaIgnoreRow {
  id: string;
  segmentId: string;
  fingerprint: string;
  code: string;
  reason: string;
  userName: string;
  createdAt: Date;
}

export function toQaIgnoreView(row: QaIgnoreRow): QaIgnoreView {
  return {
    id: row.id,
    segmentId: row.segmentId,
    fingerprint: row.fingerprint,
    code: row.code,
    reason: row.reason,
    userName: row.userName,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The ignores of some segments (by ids, or all of a document's), grouped by segment, oldest first. */
export async function loadIgnores(
  db: Pick<Db, "qaIgnore">,
  where: { segmentIds: readonly string[] } | { documentId: string },
): Promise<Map<string, QaIgnoreView[]>> {
  const orderBy = [{ createdAt: "asc" as const }, { id: "asc" as const }];
  const rows =
    "documentId" in where
      ? await db.qaIgnore.findMany({ where: { segment: { documentId: where.documentId } }, orderBy })
      : await inChunks(where.segmentIds, (chunk) => db.qaIgnore.findMany({ where: { segmentId: { in: chunk } }, orderBy }));
  const bySegment = new Map<string, QaIgnoreView[]>();
  for (const row of rows) {
    const list = bySegment.get(row.segmentId) ?? [];
    list.push(toQaIgnoreView(row));
    bySegment.set(row.segmentId, list);
  }
  return bySegment;
}

import { findInconsistencies, type QaConsistencyRow } from "@/core/qa/inconsistent";
import type { QaContext } from "@/core/qa/run-checks";
import type { QaFinding } from "@/core/qa/types";
import type { Db } from "../db/client";

/** A translated segment of the project, as the inconsistency check compares them. */
export type ProjectPair = QaConsistencyRow & { documentId: string };

/**
 * `inconsistent` findings by segment id, across the project's live documents: the same source
 * translated differently, the same translation for different sources. `replace` stands in for the
 * stored pairs of some segments (the English on screen, a write about to be stored). Empty when the
 * check is off. Reads every translated segment of the project: one query, no per-segment look-ups.
 */
export async function projectInconsistencies(
  db: Pick<Db, "segment">,
  projectId: string,
  context: QaContext,
  replace: readonly ProjectPair[] = [],
): Promise<Map<string, QaFinding[]>> {
  if (!context.settings.checks.inconsistent.enabled) return new Map();
  const rows = await db.segment.findMany({
    where: { document: { projectId, deletedAt: null }, targetText: { not: "" } },
    select: { id: true, documentId: true, sourceText: true, targetText: true },
  });
  const replaced = new Map(replace.map((pair) => [pair.segmentId, pair]));
  const pairs: ProjectPair[] = rows
    .filter((row) => !replaced.has(row.id))
    .map((row) => ({ segmentId: row.id, documentId: row.documentId, source: row.sourceText, target: row.targetText }));
  for (const pair of replace) if (pair.target.trim() !== "") pairs.push(pair);
  return findInconsistencies(pairs);
}

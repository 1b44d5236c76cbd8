import type { TmProvenance, TmUnitOrigin, TmUnitStatus } from "@/core/tm/types";
import type { Db } from "../db/client";

/** A memory a project reads: its own first (priority 0), then attached ones by priority. */
export interface ReadMemory {
  projectId: string;
  name: string;
  priority: number;
}

/**
 * The memories `projectId` reads, in priority order (the one home of that order). One plain SQL
 * statement (portable): through the query builder the project and its attachments took two
 * statements and ~7 ms, a third of a fuzzy lookup at 100k units; this takes ~0.5 ms. Read per
 * call, never cached: attachments change from other processes.
 */
export async function memoryOrder(db: Pick<Db, "$queryRaw">, projectId: string): Promise<ReadMemory[]> {
  const rows = await db.$queryRaw<{ projectId: string; name: string; priority: number | bigint; own: number | bigint }[]>`
    SELECT "id" AS "projectId", "name", 0 AS "priority", 0 AS "own" FROM "Project" WHERE "id" = ${projectId}
    UNION ALL
    SELECT m."id", m."name", a."priority", 1 FROM "TmAttachment" a JOIN "Project" m ON m."id" = a."memoryProjectId"
    WHERE a."projectId" = ${projectId} AND EXISTS (SELECT 1 FROM "Project" WHERE "id" = ${projectId})
    ORDER BY 4, 3`;
  return rows.map((row) => ({ projectId: row.projectId, name: row.name, priority: Number(row.priority) }));
}

/** Where a unit of `memory` comes from, as matches and concordance lines show it (the one home of that shape). */
export function provenanceOf(
  memory: ReadMemory,
  unit: { documentTitle: string; authorName: string; updatedAt: Date; status: string; origin: string },
): TmProvenance {
  return {
    memoryProjectId: memory.projectId,
    memoryName: memory.name,
    documentTitle: unit.documentTitle,
    authorName: unit.authorName,
    date: unit.updatedAt.toISOString(),
    status: unit.status as TmUnitStatus,
    origin: unit.origin as TmUnitOrigin,
  };
}

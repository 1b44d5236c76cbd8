import { purgeCutoff } from "@/core/trash/retention";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";

/**
 * Deletes for good the documents of a project that have been in its trash longer than the
 * retention period, with their segments and history (cascade). Called lazily whenever a project's
 * documents or trash are listed, so no scheduler is needed; `now` is injectable for tests.
 * Not an access-checked use case on its own: it only enforces a rule, never on the caller's behalf.
 */
export async function purgeTrash(db: Db, options: { projectId: string; now?: Date }): Promise<number> {
  const expired = await db.document.findMany({
    where: { projectId: options.projectId, deletedAt: { lt: purgeCutoff(options.now ?? new Date()) } },
    select: { id: true, title: true },
  });
  for (const document of expired) {
    // deleteMany: a concurrent sweep may have purged it already; that is not an error.
    const { count } = await db.document.deleteMany({ where: { id: document.id, deletedAt: { not: null } } });
    if (count)
      await recordAuditEvent(db, {
        projectId: options.projectId,
        action: "document.purged",
        targetType: "document",
        targetId: document.id,
        details: { title: document.title },
      });
  }
  return expired.length;
}

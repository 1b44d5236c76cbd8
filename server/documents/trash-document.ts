import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";

/**
 * Moves a document to its project's trash (owners only): it leaves every list, export and page at
 * once, and owners can restore it for TRASH_RETENTION_DAYS before `purgeTrash` deletes it.
 * A document already in the trash is NOT_FOUND, like one that never existed.
 */
export async function trashDocument(db: Db, options: { actor: Actor; documentId: string; ip?: string; now?: Date }) {
  const { projectId } = await requireDocumentAction(db, options.actor, options.documentId, "document.delete");
  const document = await db.document.update({
    where: { id: options.documentId },
    data: { deletedAt: options.now ?? new Date(), deletedById: options.actor.userId ?? null },
    select: { title: true },
  });
  await recordAuditEvent(db, {
    actorId: options.actor.userId,
    projectId,
    action: "document.trashed",
    targetType: "document",
    targetId: options.documentId,
    details: { title: document.title },
    ip: options.ip,
  });
  return { projectId, title: document.title };
}

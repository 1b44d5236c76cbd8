import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";

/**
 * Takes a document out of the trash (owners only; also the "Undo" right after a deletion). A live
 * or purged document is NOT_FOUND: there is nothing to restore.
 */
export async function restoreDocument(db: Db, options: { actor: Actor; documentId: string; ip?: string }) {
  const { projectId } = await requireDocumentAction(db, options.actor, options.documentId, "document.restore", { inTrash: true });
  const document = await db.document.update({ where: { id: options.documentId }, data: { deletedAt: null, deletedById: null }, select: { title: true } });
  await recordAuditEvent(db, {
    actorId: options.actor.userId,
    projectId,
    action: "document.restored",
    targetType: "document",
    targetId: options.documentId,
    details: { title: document.title },
    ip: options.ip,
  });
  return { projectId, title: document.title };
}

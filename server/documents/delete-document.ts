import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";

/** Deletes a document with its segments and their history (owners only). */
export async function deleteDocument(db: Db, options: { actor: Actor; documentId: string; ip?: string }) {
  const { projectId } = await requireDocumentAction(db, options.actor, options.documentId, "document.delete");
  const document = await db.document.delete({ where: { id: options.documentId }, select: { title: true } });
  await recordAuditEvent(db, { actorId: options.actor.userId, projectId, action: "document.deleted", targetType: "document", targetId: options.documentId, details: { title: document.title }, ip: options.ip });
  return { projectId };
}

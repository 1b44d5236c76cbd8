import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { Actor } from "./actor";
import { roleAllows, scopeAllows, type Action, type Role } from "@/core/access/permissions";

/**
 * Throws unless `actor` is a member of the project whose role allows `action`.
 * Non-members get NOT_FOUND, not FORBIDDEN, so that project ids do not leak. An API token's scope
 * is checked after membership (so it leaks nothing either) and before the role.
 */
export async function requireProjectAction(db: Db, actor: Actor, projectId: string, action: Action): Promise<Role> {
  if (actor.kind === "system") {
    if (!(await db.project.findUnique({ where: { id: projectId }, select: { id: true } }))) throw new AppError("NOT_FOUND", "Project not found.");
    return "owner";
  }
  const membership = await db.membership.findUnique({
    where: { projectId_userId: { projectId, userId: actor.userId } },
    select: { role: true },
  });
  if (!membership) throw new AppError("NOT_FOUND", "Project not found.");
  if (actor.scope && !scopeAllows(actor.scope, action)) {
    throw new AppError("FORBIDDEN", "This API token is read-only; create a token with the write scope.", { action, scope: actor.scope });
  }
  if (!roleAllows(membership.role, action)) {
    throw new AppError("FORBIDDEN", "Your role in this project does not allow this.", { action });
  }
  return membership.role as Role;
}

/**
 * Same check for a document: resolves its project first, NOT_FOUND when either is missing. A document
 * in the trash counts as missing for everything (pages, exports, edits) except what works on the
 * trash itself, which asks for `{ inTrash: true }` and gets NOT_FOUND for a live document instead.
 */
export async function requireDocumentAction(db: Db, actor: Actor, documentId: string, action: Action, options: { inTrash?: boolean } = {}) {
  const document = await db.document.findUnique({ where: { id: documentId }, select: { id: true, projectId: true, deletedAt: true } });
  if (!document || (document.deletedAt !== null) !== (options.inTrash ?? false)) throw new AppError("NOT_FOUND", "Document not found.");
  const role = await requireProjectAction(db, actor, document.projectId, action).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") throw new AppError("NOT_FOUND", "Document not found.");
    throw error;
  });
  return { id: document.id, projectId: document.projectId, role };
}

import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { AppError } from "../errors";

/** Deletes a project with all its documents; the caller must type the project's name to confirm. */
export async function deleteProject(db: Db, options: { actor: Actor; projectId: string; confirmName: string; ip?: string }) {
  await requireProjectAction(db, options.actor, options.projectId, "project.delete");
  const project = await db.project.findUniqueOrThrow({ where: { id: options.projectId }, select: { name: true, _count: { select: { documents: true } } } });
  if (options.confirmName.trim() !== project.name) {
    throw new AppError("INVALID_INPUT", "Type the project's name exactly to confirm the deletion.", { field: "confirmName", reason: "CONFIRM_NAME" });
  }
  await db.project.delete({ where: { id: options.projectId } });
  await recordAuditEvent(db, {
    actorId: options.actor.userId,
    projectId: options.projectId,
    action: "project.deleted",
    targetType: "project",
    targetId: options.projectId,
    details: { name: project.name, documents: project._count.documents },
    ip: options.ip,
  });
}

import type { Actor } from "../access/actor";
import { isRole, type Role } from "@/core/access/permissions";
import { requireProjectAction } from "../access/require-project-action";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { AppError } from "../errors";

async function assertNotLastOwner(db: Db, projectId: string, userId: string) {
  const owners = await db.membership.findMany({ where: { projectId, role: "owner" }, select: { userId: true } });
  if (owners.length === 1 && owners[0].userId === userId) {
    throw new AppError("INVALID_INPUT", "A project needs at least one owner. Make someone else owner first.", { reason: "LAST_OWNER" });
  }
}

/** Gives a member another role; the last owner cannot be demoted. */
export async function changeMemberRole(db: Db, options: { actor: Actor; projectId: string; userId: string; role: Role; ip?: string }) {
  await requireProjectAction(db, options.actor, options.projectId, "member.manage");
  if (!isRole(options.role)) throw new AppError("INVALID_INPUT", "Unknown role.");
  const member = await db.membership.findUnique({ where: { projectId_userId: { projectId: options.projectId, userId: options.userId } } });
  if (!member) throw new AppError("NOT_FOUND", "Member not found.");
  if (member.role === options.role) return;
  if (member.role === "owner") await assertNotLastOwner(db, options.projectId, options.userId);
  await db.membership.update({ where: { id: member.id }, data: { role: options.role } });
  await recordAuditEvent(db, {
    actorId: options.actor.userId,
    projectId: options.projectId,
    action: "member.role_changed",
    targetType: "user",
    targetId: options.userId,
    details: { from: member.role, to: options.role },
    ip: options.ip,
  });
}

/** Removes a member from the project; the last owner cannot be removed. */
export async function removeMember(db: Db, options: { actor: Actor; projectId: string; userId: string; ip?: string }) {
  await requireProjectAction(db, options.actor, options.projectId, "member.manage");
  const member = await db.membership.findUnique({ where: { projectId_userId: { projectId: options.projectId, userId: options.userId } } });
  if (!member) throw new AppError("NOT_FOUND", "Member not found.");
  if (member.role === "owner") await assertNotLastOwner(db, options.projectId, options.userId);
  await db.membership.delete({ where: { id: member.id } });
  await recordAuditEvent(db, {
    actorId: options.actor.userId,
    projectId: options.projectId,
    action: "member.removed",
    targetType: "user",
    targetId: options.userId,
    details: { role: member.role },
    ip: options.ip,
  });
}

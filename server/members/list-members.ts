import type { Actor } from "../access/actor";
import { roleAllows } from "@/core/access/permissions";
import { requireProjectAction } from "../access/require-project-action";
import type { Db } from "../db/client";

/** Members of a project (any member may see who they work with); pending invitations for owners. */
export async function listMembers(db: Db, options: { actor: Actor; projectId: string }) {
  const role = await requireProjectAction(db, options.actor, options.projectId, "project.read");
  const project = await db.project.findUniqueOrThrow({ where: { id: options.projectId }, select: { id: true, name: true } });
  const members = await db.membership.findMany({
    where: { projectId: options.projectId },
    include: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  const canManage = roleAllows(role, "member.manage");
  const invitations = canManage
    ? await db.invitation.findMany({
        where: { projectId: options.projectId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
        orderBy: { createdAt: "desc" },
      })
    : [];
  return {
    project,
    role,
    canManage,
    members: members.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role, since: m.createdAt.toISOString() })),
    invitations: invitations.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString(), createdAt: i.createdAt.toISOString() })),
  };
}

/** Withdraws a pending invitation: its link stops working. */
export async function revokeInvitation(db: Db, options: { actor: Actor; projectId: string; invitationId: string }) {
  await requireProjectAction(db, options.actor, options.projectId, "member.manage");
  await db.invitation.updateMany({ where: { id: options.invitationId, projectId: options.projectId, acceptedAt: null }, data: { revokedAt: new Date() } });
}

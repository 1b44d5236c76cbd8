import { z } from "zod";
import type { Actor } from "../access/actor";
import { isRole, type Role } from "@/core/access/permissions";
import { requireProjectAction } from "../access/require-project-action";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { INVITATION_DAYS, newInvitationToken } from "./invitation-token";

/**
 * Invites an e-mail address to the project with a role. Returns the secret token for the link
 * (there is no mail server: the owner passes the link on); only its hash is stored.
 */
export async function inviteMember(db: Db, options: { actor: Actor; projectId: string; email: string; role: Role; ip?: string }) {
  await requireProjectAction(db, options.actor, options.projectId, "member.manage");
  const email = options.email.trim().toLowerCase();
  if (!z.email().safeParse(email).success) throw new AppError("INVALID_INPUT", "This is not a valid email address.", { field: "email" });
  if (!isRole(options.role)) throw new AppError("INVALID_INPUT", "Unknown role.", { field: "role" });
  const existing = await db.membership.findFirst({ where: { projectId: options.projectId, user: { email } }, select: { id: true } });
  if (existing) throw new AppError("INVALID_INPUT", "This person is already a member of the project.", { field: "email", reason: "ALREADY_MEMBER" });
  const { token, tokenHash } = newInvitationToken();
  // A new invitation replaces any pending one for the same address.
  await db.invitation.updateMany({ where: { projectId: options.projectId, email, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  const invitation = await db.invitation.create({
    data: {
      projectId: options.projectId,
      email,
      role: options.role,
      tokenHash,
      createdById: options.actor.userId,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
    },
    select: { id: true, email: true, role: true, expiresAt: true },
  });
  await recordAuditEvent(db, {
    actorId: options.actor.userId,
    projectId: options.projectId,
    action: "member.invited",
    targetType: "invitation",
    targetId: invitation.id,
    details: { email, role: options.role },
    ip: options.ip,
  });
  return { ...invitation, token };
}

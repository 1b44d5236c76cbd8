import type { Actor } from "../access/actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { hashInvitationToken } from "./invitation-token";

/** A valid (pending, unexpired) invitation by its token, or NOT_FOUND. */
export async function findPendingInvitation(db: Db, token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: { project: { select: { id: true, name: true } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt < new Date()) {
    throw new AppError("NOT_FOUND", "This invitation link is not valid any more. Ask the project owner for a new one.");
  }
  return invitation;
}

/** Joins the project of the invitation, if it was sent to the signed-in user's e-mail address. */
export async function acceptInvitation(db: Db, options: { actor: Actor; token: string; ip?: string }) {
  if (options.actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "Sign in to accept the invitation.");
  const invitation = await findPendingInvitation(db, options.token);
  const user = await db.user.findUniqueOrThrow({ where: { id: options.actor.userId }, select: { email: true } });
  if (user.email.toLowerCase() !== invitation.email) {
    throw new AppError("FORBIDDEN", "This invitation was sent to another email address. Sign in with that address to accept it.", { reason: "OTHER_EMAIL" });
  }
  await db.$transaction(async (tx) => {
    const member = await tx.membership.findUnique({ where: { projectId_userId: { projectId: invitation.projectId, userId: options.actor.userId! } } });
    if (!member) await tx.membership.create({ data: { projectId: invitation.projectId, userId: options.actor.userId!, role: invitation.role } });
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date(), acceptedById: options.actor.userId } });
  });
  await recordAuditEvent(db, {
    actorId: options.actor.userId,
    projectId: invitation.projectId,
    action: "member.joined",
    targetType: "user",
    targetId: options.actor.userId,
    details: { role: invitation.role },
    ip: options.ip,
  });
  return { projectId: invitation.projectId };
}

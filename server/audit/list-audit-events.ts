import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import type { Db } from "../db/client";

/**
 * The project's audit log for its owners: the project's own events, plus the sign-in events of its
 * current members. Newest first.
 */
export async function listAuditEvents(db: Db, options: { actor: Actor; projectId: string; take?: number }) {
  await requireProjectAction(db, options.actor, options.projectId, "audit.read");
  const members = await db.membership.findMany({ where: { projectId: options.projectId }, select: { userId: true } });
  const events = await db.auditEvent.findMany({
    where: {
      OR: [{ projectId: options.projectId }, { projectId: null, action: { startsWith: "auth." }, actorId: { in: members.map((m) => m.userId) } }],
    },
    include: { actor: { select: { name: true, email: true } } },
    orderBy: { createdAt: "desc" },
    take: Math.min(options.take ?? 200, 1000),
  });
  return events.map((e) => ({
    id: e.id,
    action: e.action,
    actor: e.actor ? `${e.actor.name} <${e.actor.email}>` : null,
    targetType: e.targetType,
    targetId: e.targetId,
    details: JSON.parse(e.details) as Record<string, unknown>,
    ip: e.ip,
    createdAt: e.createdAt.toISOString(),
  }));
}

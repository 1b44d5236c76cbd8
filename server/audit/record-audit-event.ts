import type { AuditEventKind } from "@/core/audit/audit-events";
import type { Db } from "../db/client";

export interface AuditEventInput {
  actorId?: string | null;
  projectId?: string | null;
  /** Dotted verb: auth.sign_in, member.invited, project.deleted, document.exported, … (one of AUDIT_EVENTS). */
  action: AuditEventKind;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
  ip?: string | null;
}

/** Appends one event to the audit log. */
export async function recordAuditEvent(db: Pick<Db, "auditEvent">, event: AuditEventInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: event.actorId ?? null,
      projectId: event.projectId ?? null,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      details: JSON.stringify(event.details ?? {}),
      ip: event.ip ?? null,
    },
  });
}

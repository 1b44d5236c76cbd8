import type { TFunction } from "i18next";
import { AUDIT_EVENTS, isAuditEventKind } from "@/core/audit/audit-events";

/** Details that name a role, shown as the role's translated name ("propriétaire", not "owner"). */
const ROLE_FIELDS = ["role", "from", "to"] as const;
/** Details that are counts, passed as i18next's `count` so the sentence takes the right plural form. */
const COUNT_FIELDS = ["documents", "entries", "count"] as const;

/**
 * A readable, translated name for an audit event and a sentence for its details, through the one
 * table in core/audit/audit-events.ts. A kind this build does not know (a newer or older server
 * wrote it) keeps its raw name and lists its details as `key: value`.
 */
export function describeAuditEvent(
  t: TFunction<"members">,
  tp: TFunction<"projects">,
  event: { action: string; details: Record<string, unknown> },
): { name: string; details: string } {
  const raw = Object.entries(event.details)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(", ");
  if (!isAuditEventKind(event.action)) return { name: event.action, details: raw };
  const { key, details } = AUDIT_EVENTS[event.action];
  const name = t(`auditEvents.${key}`);
  if (!details) return { name, details: raw };
  const values: Record<string, unknown> = { ...event.details };
  for (const field of ROLE_FIELDS) {
    const role = values[field];
    if (typeof role === "string" && ["owner", "translator", "reviewer", "viewer"].includes(role)) values[field] = tp(`roles.${role as "owner"}`);
  }
  for (const field of COUNT_FIELDS) if (typeof values[field] === "number") values.count ??= values[field];
  return { name, details: (t as unknown as (key: string, options: Record<string, unknown>) => string)(`auditDetails.${key}`, values) };
}

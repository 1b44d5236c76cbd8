/**
 * Every kind of event the audit log records, and the one table that names each for people: the
 * locale key of its readable name (`members:auditEvents.<key>`) and, where its details say more
 * than the name, of a sentence built from them (`members:auditDetails.<key>`). `recordAuditEvent`
 * accepts only these kinds, so an event cannot be written without a readable name
 * (i18n/audit-events.test.ts checks both languages have them).
 */
export const AUDIT_EVENTS = {
  "auth.sign_in": { key: "signIn", details: false },
  "auth.sign_in_failed": { key: "signInFailed", details: true },
  "auth.sign_up": { key: "signUp", details: true },
  "auth.sign_out": { key: "signOut", details: false },
  "auth.sign_out_everywhere": { key: "signOutEverywhere", details: false },
  "auth.password_changed": { key: "passwordChanged", details: false },
  "api_token.created": { key: "apiTokenCreated", details: true },
  "api_token.revoked": { key: "apiTokenRevoked", details: true },
  "member.invited": { key: "memberInvited", details: true },
  "member.joined": { key: "memberJoined", details: true },
  "member.role_changed": { key: "memberRoleChanged", details: true },
  "member.removed": { key: "memberRemoved", details: true },
  "member.claimed_ownership": { key: "memberClaimedOwnership", details: false },
  "project.deleted": { key: "projectDeleted", details: true },
  "document.exported": { key: "documentExported", details: true },
  /** Written before documents went to a trash (permanent deletion); kept so old logs stay readable. */
  "document.deleted": { key: "documentDeleted", details: true },
  "document.trashed": { key: "documentTrashed", details: true },
  "document.restored": { key: "documentRestored", details: true },
  "document.purged": { key: "documentPurged", details: true },
  "glossary.exported": { key: "glossaryExported", details: true },
  "glossary.imported": { key: "glossaryImported", details: true },
  "annotations.exported": { key: "annotationsExported", details: true },
  "memory.exported": { key: "memoryExported", details: true },
  "memory.imported": { key: "memoryImported", details: true },
  "qa.settings_changed": { key: "qaSettingsChanged", details: true },
} as const satisfies Record<string, { key: string; details: boolean }>;

export type AuditEventKind = keyof typeof AUDIT_EVENTS;

export function isAuditEventKind(value: string): value is AuditEventKind {
  return Object.hasOwn(AUDIT_EVENTS, value);
}

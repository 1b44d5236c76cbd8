/**
 * The one table of who may do what in a project. Every use case names its action and goes through
 * `requireProjectAction`; nothing else decides access.
 */
export const ROLES = ["owner", "translator", "reviewer", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  "project.read",
  "project.manage",
  "project.delete",
  "member.manage",
  "audit.read",
  "document.import",
  "document.export",
  /** Move a document to the project's trash. */
  "document.delete",
  /** See the project's trash and restore documents from it (within the retention period). */
  "document.restore",
  "segment.edit",
  "segment.review",
  /** Create, edit, delete and import termbase entries. */
  "glossary.edit",
  "glossary.export",
  /** Create, edit, delete, re-attach and import glosses and notes on source text. */
  "annotation.edit",
  /** Write, reply to, resolve and reopen comments on segments (editing or deleting one's own). */
  "comment.write",
  /** Change the French source of a segment (flags its translation "source changed"). */
  "source.edit",
  /** Look up matches and search the concordance of the project's memory and those it reads. */
  "memory.read",
  /** Export the project's translation memory (TMX). */
  "memory.export",
  /** Import TMX files into the project's memory. */
  "memory.import",
  /** Attach other projects' memories, order them, and set repetition auto-propagation. */
  "memory.manage",
  /** Ignore a QA finding on a segment, with a reason the reviewer sees (and take it back). */
  "qa.ignore",
  /** Change the project's QA settings (checks on/off, severities, US/UK spelling, length ratio). */
  "qa.manage",
] as const;
export type Action = (typeof ACTIONS)[number];

const READ: Action[] = ["project.read", "document.export", "glossary.export", "memory.read", "memory.export"];
const TRANSLATE: Action[] = [...READ, "document.import", "segment.edit", "glossary.edit", "annotation.edit", "comment.write", "memory.import", "qa.ignore"];

export const ROLE_ACTIONS: Record<Role, ReadonlySet<Action>> = {
  owner: new Set(ACTIONS),
  reviewer: new Set([...TRANSLATE, "segment.review"]),
  translator: new Set(TRANSLATE),
  viewer: new Set(READ),
};

/**
 * What an API token may do at most, whatever the user's role: a "read" token only what a viewer
 * may (read and export), a "write" token everything; the role still applies on top of it.
 */
export const TOKEN_SCOPES = ["read", "write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

const SCOPE_ACTIONS: Record<TokenScope, ReadonlySet<Action>> = {
  read: new Set(READ),
  write: new Set(ACTIONS),
};

export function isTokenScope(value: string): value is TokenScope {
  return (TOKEN_SCOPES as readonly string[]).includes(value);
}

/** Whether a token of `scope` may be used for `action` (before the role is asked). */
export function scopeAllows(scope: TokenScope, action: Action): boolean {
  return SCOPE_ACTIONS[scope].has(action);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Whether `role` allows `action`; unknown roles allow nothing. */
export function roleAllows(role: string, action: Action): boolean {
  return isRole(role) && ROLE_ACTIONS[role].has(action);
}

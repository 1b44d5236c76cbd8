import type { TokenScope } from "@/core/access/permissions";

/**
 * Who is calling a use case: a signed-in user, or the system (the seed, and the CLI before any
 * account exists — see cli/database.ts). The system passes every access check; what it creates
 * has no owner until the first account claims it. A user calling through an API token carries the
 * token's scope, which narrows what their role allows (requireProjectAction).
 */
export type Actor = { kind: "user"; userId: string; scope?: TokenScope } | { kind: "system"; userId: null };

export const SYSTEM_ACTOR: Actor = { kind: "system", userId: null };

export function userActor(userId: string, scope?: TokenScope): Actor {
  return scope ? { kind: "user", userId, scope } : { kind: "user", userId };
}

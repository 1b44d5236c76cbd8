/**
 * Who is calling a use case: a signed-in user, or the system (the seed, and the CLI before any
 * account exists — see cli/database.ts). The system passes every access check; what it creates
 * has no owner until the first account claims it.
 */
export type Actor = { kind: "user"; userId: string } | { kind: "system"; userId: null };

export const SYSTEM_ACTOR: Actor = { kind: "system", userId: null };

export function userActor(userId: string): Actor {
  return { kind: "user", userId };
}

import type { Actor } from "../access/actor";
import { AppError } from "../errors";

/**
 * The user id of an actor signed in with a session. Tokens are managed on the Account page only: a
 * token cannot create, list or revoke tokens (a leaked read token must not mint a write one).
 */
export function requireSessionUser(actor: Actor): string {
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "API tokens belong to a person; sign in to manage them.");
  if (actor.scope) throw new AppError("FORBIDDEN", "API tokens are managed on the Account page, not through the API.");
  return actor.userId;
}

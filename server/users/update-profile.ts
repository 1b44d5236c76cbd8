import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";

/** Changes the signed-in user's display name. */
export async function updateProfile(db: Db, options: { actor: Actor; name: string }) {
  if (options.actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "Sign in first.");
  const name = options.name.trim();
  if (!name || name.length > 100) throw new AppError("INVALID_INPUT", "Give a display name of at most 100 characters.", { field: "name" });
  return db.user.update({ where: { id: options.actor.userId }, data: { name }, select: { id: true, name: true } });
}

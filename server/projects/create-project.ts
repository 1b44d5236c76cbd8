import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";

/** Creates a project owned by the actor. */
export async function createProject(db: Db, options: { actor: Actor; name: string; description?: string }) {
  const name = options.name.trim();
  if (!name || name.length > 200) throw new AppError("INVALID_INPUT", "A project needs a name of at most 200 characters.");
  return db.project.create({
    data: {
      name,
      description: options.description?.trim() ?? "",
      // A project made by the system (seed, CLI before any account) stays ownerless until claimed.
      ...(options.actor.kind === "user" ? { memberships: { create: { userId: options.actor.userId, role: "owner" } } } : {}),
    },
    select: { id: true, name: true },
  });
}

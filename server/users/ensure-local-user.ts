import type { Db } from "../db/client";
import type { Actor } from "../access/actor";

/**
 * The single local user that every request acts as until accounts exist (accounts issue). It is a
 * real row, so memberships, authorship and revisions are recorded exactly as they will be later.
 */
export const LOCAL_USER = { id: "local-user", email: "local@lisiere.invalid", name: "Local translator" } as const;

export async function ensureLocalUser(db: Db): Promise<Actor> {
  await db.user.upsert({ where: { id: LOCAL_USER.id }, update: {}, create: { ...LOCAL_USER } });
  return { userId: LOCAL_USER.id };
}

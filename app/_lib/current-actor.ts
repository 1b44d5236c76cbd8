import "server-only";
import type { Actor } from "@/server/access/actor";
import { getDb } from "@/server/db/client";
import { ensureLocalUser } from "@/server/users/ensure-local-user";

/** The caller of this request. Until accounts exist, everyone acts as the local user. */
export async function currentActor(): Promise<Actor> {
  return ensureLocalUser(getDb());
}

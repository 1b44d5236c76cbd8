import "server-only";
import type { Actor } from "@/server/access/actor";
import { getDb } from "@/server/db/client";
import { ensureLocalUser } from "@/server/users/ensure-local-user";

let localActor: Promise<Actor> | undefined;

/** The caller of this request. Until accounts exist, everyone acts as the local user (created once per process). */
export async function currentActor(): Promise<Actor> {
  localActor ??= ensureLocalUser(getDb()).catch((error: unknown) => {
    localActor = undefined;
    throw error;
  });
  return localActor;
}

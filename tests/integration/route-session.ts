import type { Actor } from "@/server/access/actor";
import { AppError } from "@/server/errors";

/**
 * What a route test stands in for around the real handlers: the database `getDb()` opens and the
 * request's session and address. A test file wires them once, before importing a route:
 *
 *   vi.mock("@/server/db/client", (original) => import("./route-session").then((m) => m.dbClientModule(original)));
 *   vi.mock("@/app/_lib/current-actor", () => import("./route-session").then((m) => m.currentActorModule));
 *
 * then sets `routeSession.db` (and `actor`, `ip` as its cases need). A null actor is signed out.
 */
export const routeSession = { db: null as unknown, actor: null as Actor | null, ip: "127.0.0.1" };

export async function dbClientModule(importOriginal: <T>() => Promise<T>) {
  return { ...(await importOriginal<object>()), getDb: () => routeSession.db };
}

export const currentActorModule = {
  clientIp: async () => routeSession.ip,
  currentActor: async () => {
    if (!routeSession.actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
    return routeSession.actor;
  },
};

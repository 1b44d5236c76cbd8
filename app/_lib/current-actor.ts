import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { userActor, type Actor } from "@/server/access/actor";
import { AppError } from "@/server/errors";
import { getAuth } from "./auth";

/** The signed-in user of this request, or null (one session lookup per request). */
export const currentSession = cache(async () => {
  const session = await getAuth().api.getSession({ headers: await headers() });
  return session ? { userId: session.user.id, name: session.user.name, email: session.user.email } : null;
});

/** The actor of a server action or route handler; UNAUTHENTICATED when signed out. */
export async function currentActor(): Promise<Actor> {
  const session = await currentSession();
  if (!session) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  return userActor(session.userId);
}

/** The actor of a page; signed-out visitors go to the sign-in page and come back afterwards. */
export async function requirePageActor(lng: string, returnTo: string): Promise<Actor> {
  const session = await currentSession();
  if (!session) redirect(`/${lng}/sign-in?next=${encodeURIComponent(returnTo)}`);
  return userActor(session.userId);
}

/**
 * The client's address for throttling and the audit log: the last x-forwarded-for hop (added by
 * the server or the nearest proxy, so a client cannot choose it), else x-real-ip.
 */
export async function clientIp(): Promise<string> {
  const h = await headers();
  const hops = h.get("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean) ?? [];
  return hops.at(-1) ?? h.get("x-real-ip") ?? "unknown";
}

/** A same-site path to return to after signing in; anything else (other hosts, //x) becomes "". */
export function safeReturnPath(value: unknown): string {
  return typeof value === "string" && /^\/(?![/\\])/.test(value) ? value : "";
}

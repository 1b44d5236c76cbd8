import "server-only";
import type { BlockList } from "node:net";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { userActor, type Actor } from "@/server/access/actor";
import { AppError } from "@/server/errors";
import { getAuth } from "./auth";
import { clientAddress, parseTrustedProxies } from "./client-address";
import { peerAddressFrom } from "./peer-address";

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
 * The client's address for throttling and the audit log: the socket's peer, or what a proxy listed
 * in LISIERE_TRUSTED_PROXIES reported in X-Forwarded-For (see client-address.ts).
 */
export async function clientIp(): Promise<string> {
  const h = await headers();
  return clientAddress({ peer: peerAddressFrom(h), forwardedFor: h.get("x-forwarded-for"), trusted: trustedProxies() });
}

let trustedCache: { value: string | undefined; list: BlockList } | undefined;

/** The parsed LISIERE_TRUSTED_PROXIES, parsed again only if the variable changes. */
function trustedProxies(): BlockList {
  const value = process.env.LISIERE_TRUSTED_PROXIES;
  if (!trustedCache || trustedCache.value !== value) trustedCache = { value, list: parseTrustedProxies(value) };
  return trustedCache.list;
}

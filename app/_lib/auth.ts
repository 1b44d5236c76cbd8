import "server-only";
import { nextCookies } from "better-auth/next-js";
import { createAuth, type Auth } from "@/server/auth/create-auth";
import { getDb } from "@/server/db/client";

const globalForAuth = globalThis as unknown as { lisiereAuth?: Auth };

/** The better-auth instance of the web app; nextCookies() lets server actions set the session cookie. */
export function getAuth(): Auth {
  globalForAuth.lisiereAuth ??= createAuth(getDb(), [nextCookies()]);
  return globalForAuth.lisiereAuth;
}

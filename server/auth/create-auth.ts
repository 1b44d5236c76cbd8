import { betterAuth, type BetterAuthPlugin } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import type { Db } from "../db/client";
import { authSecret } from "./auth-secret";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from "./password";

/** Sessions last two weeks, renewed once a day while used. */
export const SESSION_SECONDS = 60 * 60 * 24 * 14;

/**
 * The better-auth instance: e-mail and password accounts, Argon2id hashes, database sessions in
 * http-only SameSite=Lax cookies. It is called only from our server code (use cases in server/auth),
 * never mounted as an HTTP API, so every sign-in goes through our throttling and audit log; its own
 * in-memory rate limiter is off for that reason. `plugins` lets the Next.js edge add cookie writing.
 */
export function createAuth(db: Db, plugins: BetterAuthPlugin[] = []) {
  return betterAuth({
    appName: "Lisière",
    secret: authSecret(),
    baseURL: process.env.BETTER_AUTH_URL ?? "http://localhost:3000",
    database: prismaAdapter(db, { provider: "sqlite" }),
    emailAndPassword: {
      enabled: true,
      autoSignIn: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      revokeSessionsOnPasswordReset: true,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    session: { expiresIn: SESSION_SECONDS, updateAge: 60 * 60 * 24 },
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    // Failed sign-ins are expected and audited by us; better-auth's own warnings would only be noise.
    logger: { level: "error" },
    advanced: {
      cookiePrefix: "lisiere",
      useSecureCookies: process.env.LISIERE_SECURE_COOKIES === "1",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
    },
    plugins,
  });
}

export type Auth = ReturnType<typeof createAuth>;

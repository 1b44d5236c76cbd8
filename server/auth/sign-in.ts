import { APIError } from "better-auth/api";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { Auth } from "./create-auth";
import { markSignInSucceeded, reserveSignInAttempt } from "./throttle";

export interface SignInOptions {
  email: string;
  password: string;
  /** The client's address, as decided at the edge (trusted proxies only). */
  ip: string;
  /** The request's headers; better-auth reads them and, at the Next.js edge, sets the cookie. */
  headers: Headers;
}

/**
 * Reserves the attempt against the throttle before any password is checked, signs in through
 * better-auth, and records the outcome and an audit event. The answer and the work done are the
 * same whether or not the address has an account: better-auth hashes the given password when there
 * is no user to verify it against, which costs what a verification costs.
 */
export async function signIn(db: Db, auth: Auth, options: SignInOptions): Promise<{ userId: string }> {
  const email = options.email.trim().toLowerCase();
  const attemptId = await reserveSignInAttempt(db, { email, ip: options.ip });
  let userId: string;
  try {
    userId = (await auth.api.signInEmail({ body: { email, password: options.password }, headers: options.headers })).user.id;
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    const user = await db.user.findUnique({ where: { email }, select: { id: true } });
    await recordAuditEvent(db, { actorId: user?.id, action: "auth.sign_in_failed", details: { email }, ip: options.ip });
    // Same message whether the account exists or not.
    throw new AppError("UNAUTHENTICATED", "Wrong email or password.");
  }
  await markSignInSucceeded(db, attemptId);
  await recordAuditEvent(db, { actorId: userId, action: "auth.sign_in", ip: options.ip });
  return { userId };
}

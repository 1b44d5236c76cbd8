import { APIError } from "better-auth/api";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { Auth } from "./create-auth";
import { assertSignInAllowed } from "./throttle";

export interface SignInOptions {
  email: string;
  password: string;
  ip: string;
  /** The request's headers; better-auth reads them and, at the Next.js edge, sets the cookie. */
  headers: Headers;
}

/** Checks throttling, signs in through better-auth, and records the attempt and an audit event. */
export async function signIn(db: Db, auth: Auth, options: SignInOptions): Promise<{ userId: string }> {
  const email = options.email.trim().toLowerCase();
  await assertSignInAllowed(db, email, options.ip);
  try {
    const result = await auth.api.signInEmail({ body: { email, password: options.password }, headers: options.headers });
    await db.loginAttempt.create({ data: { email, ip: options.ip, success: true } });
    await recordAuditEvent(db, { actorId: result.user.id, action: "auth.sign_in", ip: options.ip });
    return { userId: result.user.id };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    const user = await db.user.findUnique({ where: { email }, select: { id: true } });
    await db.loginAttempt.create({ data: { email, ip: options.ip, success: false } });
    await recordAuditEvent(db, { actorId: user?.id, action: "auth.sign_in_failed", details: { email }, ip: options.ip });
    // Same message whether the account exists or not.
    throw new AppError("UNAUTHENTICATED", "Wrong email or password.");
  }
}

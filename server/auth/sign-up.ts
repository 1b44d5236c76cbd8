import { APIError } from "better-auth/api";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { claimOwnerlessProjects } from "../projects/claim-ownerless-projects";
import type { Auth } from "./create-auth";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password";

export interface SignUpOptions {
  name: string;
  email: string;
  password: string;
  ip: string;
  headers: Headers;
}

/**
 * Creates an account and signs it in. The very first account of the instance becomes the owner of
 * the projects nobody owns yet — the demo article among them.
 */
export async function signUp(db: Db, auth: Auth, options: SignUpOptions): Promise<{ userId: string; firstAccount: boolean }> {
  const email = options.email.trim().toLowerCase();
  const name = options.name.trim();
  if (!name || name.length > 100) throw new AppError("INVALID_INPUT", "Give a display name of at most 100 characters.", { field: "name" });
  if (options.password.length < MIN_PASSWORD_LENGTH || options.password.length > MAX_PASSWORD_LENGTH) {
    throw new AppError("INVALID_INPUT", `The password needs ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`, { field: "password", reason: "PASSWORD_LENGTH" });
  }
  let userId: string;
  try {
    const result = await auth.api.signUpEmail({ body: { name, email, password: options.password }, headers: options.headers });
    userId = result.user.id;
  } catch (error) {
    if (error instanceof APIError) {
      const exists = error.body?.code === "USER_ALREADY_EXISTS" || error.body?.code === "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL";
      throw new AppError("INVALID_INPUT", exists ? "An account with this email already exists. Sign in instead." : (error.body?.message ?? "The account could not be created."), { field: "email", reason: exists ? "EMAIL_TAKEN" : undefined });
    }
    throw error;
  }
  const firstAccount = (await db.user.count()) === 1;
  const claimed = firstAccount ? await claimOwnerlessProjects(db, userId) : [];
  await recordAuditEvent(db, { actorId: userId, action: "auth.sign_up", details: { email, firstAccount, claimedProjects: claimed.length }, ip: options.ip });
  for (const projectId of claimed) await recordAuditEvent(db, { actorId: userId, projectId, action: "member.claimed_ownership", targetType: "user", targetId: userId, ip: options.ip });
  return { userId, firstAccount };
}

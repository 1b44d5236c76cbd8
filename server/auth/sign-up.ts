import { APIError } from "better-auth/api";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { claimOwnerlessProjects } from "../projects/claim-ownerless-projects";
import type { Auth } from "./create-auth";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password";
import { assertMaySignUp } from "./sign-up-policy";

export interface SignUpOptions {
  name: string;
  email: string;
  password: string;
  /** The token of the invitation link the account is created from (needed in `invite` mode). */
  invitationToken?: string | null;
  ip: string;
  headers: Headers;
}

/**
 * Creates an account and signs it in, if the sign-up mode allows it (sign-up-policy.ts). The very
 * first account of the instance becomes the owner of the projects nobody owns yet — the demo
 * article among them. An address that already has an account gets the same refusal, after the
 * same password hashing, as any other refusal that follows the policy check.
 */
export async function signUp(db: Db, auth: Auth, options: SignUpOptions): Promise<{ userId: string; firstAccount: boolean }> {
  const email = options.email.trim().toLowerCase();
  const name = options.name.trim();
  if (!name || name.length > 100) throw new AppError("INVALID_INPUT", "Give a display name of at most 100 characters.", { field: "name" });
  if (options.password.length < MIN_PASSWORD_LENGTH || options.password.length > MAX_PASSWORD_LENGTH) {
    throw new AppError("INVALID_INPUT", `The password needs ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`, {
      field: "password",
      reason: "PASSWORD_LENGTH",
    });
  }
  const policy = await assertMaySignUp(db, { email, invitationToken: options.invitationToken });
  let userId: string;
  try {
    userId = (await auth.api.signUpEmail({ body: { name, email, password: options.password }, headers: options.headers })).user.id;
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    if (error.body?.code !== "USER_ALREADY_EXISTS" && error.body?.code !== "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL") {
      throw new AppError("INVALID_INPUT", error.body?.message ?? "The account could not be created.", { field: "email" });
    }
    // better-auth refuses a taken address before hashing: hash anyway, so the refusal takes the time a creation takes.
    await hashPassword(options.password);
    throw new AppError("INVALID_INPUT", "The account could not be created. If you already have one, sign in instead.", {
      field: "email",
      reason: "SIGN_UP_REFUSED",
    });
  }
  // The first account is the oldest one: if several raced on a fresh install, exactly one is.
  const oldest = await db.user.findFirstOrThrow({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
  const firstAccount = oldest.id === userId;
  if (policy.allowed && policy.why === "first" && !firstAccount) {
    // The others were let in only as "the first account": they need the mode's consent too.
    try {
      await assertMaySignUp(db, { email, invitationToken: options.invitationToken, firstAccountAllowed: false });
    } catch (refusal) {
      await db.user.delete({ where: { id: userId } });
      throw refusal;
    }
  }
  const claimed = firstAccount ? await claimOwnerlessProjects(db, userId) : [];
  await recordAuditEvent(db, { actorId: userId, action: "auth.sign_up", details: { email, firstAccount, claimedProjects: claimed.length }, ip: options.ip });
  for (const projectId of claimed)
    await recordAuditEvent(db, { actorId: userId, projectId, action: "member.claimed_ownership", targetType: "user", targetId: userId, ip: options.ip });
  return { userId, firstAccount };
}

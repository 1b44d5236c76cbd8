import type { Db } from "../db/client";
import { AppError, isAppError } from "../errors";
import { findPendingInvitation } from "../members/accept-invitation";
import { hasAnyUser } from "../users/count-users";

/**
 * Who may create an account, from LISIERE_SIGNUP: `open` (anybody who reaches the server),
 * `invite` (the default: only someone holding a valid invitation link, for the address it was
 * sent to) or `closed` (nobody). Whatever the mode, the first account of a fresh install can
 * always be created — it is how the workbench gets its owner.
 */
export const SIGN_UP_MODES = ["open", "invite", "closed"] as const;
export type SignUpMode = (typeof SIGN_UP_MODES)[number];

/** The configured mode; an unknown value closes sign-up rather than guess (its message says so). */
export function signUpMode(value: string | undefined = process.env.LISIERE_SIGNUP): SignUpMode {
  const mode = (value ?? "invite").trim().toLowerCase() || "invite";
  return (SIGN_UP_MODES as readonly string[]).includes(mode) ? (mode as SignUpMode) : "closed";
}

export type SignUpPolicy =
  | { allowed: true; why: "first" | "open" }
  | { allowed: true; why: "invitation"; email: string }
  | { allowed: false; reason: "SIGN_UP_BY_INVITATION" | "SIGN_UP_CLOSED" };

/**
 * Whether an account may be created now, with this invitation token if any. It never looks at
 * which addresses have accounts, so its answer tells nothing about them.
 */
export async function signUpPolicy(db: Db, options: { invitationToken?: string | null; firstAccountAllowed?: boolean }): Promise<SignUpPolicy> {
  if (options.firstAccountAllowed !== false && !(await hasAnyUser(db))) return { allowed: true, why: "first" };
  const mode = signUpMode();
  if (mode === "open") return { allowed: true, why: "open" };
  if (mode === "closed") return { allowed: false, reason: "SIGN_UP_CLOSED" };
  const invitation = options.invitationToken ? await findPendingInvitation(db, options.invitationToken).catch(notFoundAsNull) : null;
  return invitation ? { allowed: true, why: "invitation", email: invitation.email } : { allowed: false, reason: "SIGN_UP_BY_INVITATION" };
}

function notFoundAsNull(error: unknown): null {
  if (isAppError(error) && error.code === "NOT_FOUND") return null;
  throw error;
}

/** Throws the refusal when `email` may not create an account now. */
export async function assertMaySignUp(
  db: Db,
  options: { email: string; invitationToken?: string | null; firstAccountAllowed?: boolean },
): Promise<SignUpPolicy> {
  const policy = await signUpPolicy(db, options);
  if (!policy.allowed) {
    throw policy.reason === "SIGN_UP_CLOSED"
      ? new AppError("FORBIDDEN", "New accounts cannot be created on this workbench.", { reason: policy.reason })
      : new AppError("FORBIDDEN", "Accounts are created from an invitation: open the invitation link you were sent.", { reason: policy.reason });
  }
  if (policy.why === "invitation" && policy.email !== options.email) {
    throw new AppError("FORBIDDEN", "This invitation was sent to another email address. Create the account with that address.", { reason: "OTHER_EMAIL" });
  }
  return policy;
}

import { APIError } from "better-auth/api";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { Auth } from "./create-auth";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password";

/** Changes the signed-in user's password and revokes every other session of theirs. */
export async function changePassword(
  db: Db,
  auth: Auth,
  options: { userId: string; currentPassword: string; newPassword: string; ip: string; headers: Headers },
) {
  if (options.newPassword.length < MIN_PASSWORD_LENGTH || options.newPassword.length > MAX_PASSWORD_LENGTH) {
    throw new AppError("INVALID_INPUT", `The new password needs ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`, {
      field: "newPassword",
      reason: "PASSWORD_LENGTH",
    });
  }
  try {
    await auth.api.changePassword({
      body: { currentPassword: options.currentPassword, newPassword: options.newPassword, revokeOtherSessions: true },
      headers: options.headers,
    });
  } catch (error) {
    if (error instanceof APIError)
      throw new AppError("INVALID_INPUT", "The current password is not right.", { field: "currentPassword", reason: "WRONG_PASSWORD" });
    throw error;
  }
  await recordAuditEvent(db, { actorId: options.userId, action: "auth.password_changed", ip: options.ip });
}

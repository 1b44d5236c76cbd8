import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import type { Auth } from "./create-auth";

/** Ends this browser's session (the row is deleted, so the cookie is worthless even if kept). */
export async function signOut(db: Db, auth: Auth, options: { userId: string | null; ip: string; headers: Headers; everywhere?: boolean }): Promise<void> {
  if (options.everywhere) await auth.api.revokeSessions({ headers: options.headers });
  await auth.api.signOut({ headers: options.headers });
  if (options.userId)
    await recordAuditEvent(db, { actorId: options.userId, action: options.everywhere ? "auth.sign_out_everywhere" : "auth.sign_out", ip: options.ip });
}

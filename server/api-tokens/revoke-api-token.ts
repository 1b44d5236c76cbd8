import type { Actor } from "../access/actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { API_TOKEN_VIEW_SELECT, toApiTokenView, type ApiTokenView } from "./api-token-view";
import { requireSessionUser } from "./require-session-user";

/**
 * Revokes one of the caller's tokens: it stops working at once (the next request gets 401). Someone
 * else's token is NOT_FOUND, like a missing one. Revoking twice keeps the first date.
 */
export async function revokeApiToken(db: Db, options: { actor: Actor; tokenId: string; ip?: string; now?: Date }): Promise<ApiTokenView> {
  const userId = requireSessionUser(options.actor);
  const token = await db.apiToken.findFirst({ where: { id: options.tokenId, userId }, select: API_TOKEN_VIEW_SELECT });
  if (!token) throw new AppError("NOT_FOUND", "Token not found.");
  if (token.revokedAt) return toApiTokenView(token);
  const row = await db.apiToken.update({ where: { id: token.id }, data: { revokedAt: options.now ?? new Date() }, select: API_TOKEN_VIEW_SELECT });
  await recordAuditEvent(db, {
    actorId: userId,
    action: "api_token.revoked",
    targetType: "apiToken",
    targetId: row.id,
    details: { name: row.name, scope: row.scope, prefix: row.prefix },
    ip: options.ip,
  });
  return toApiTokenView(row);
}

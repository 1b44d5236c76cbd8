import { isTokenScope } from "@/core/access/permissions";
import { userActor, type Actor } from "../access/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { API_TOKEN_PREFIX, hashApiTokenSecret } from "./api-token-secret";

// lastUsedAt is a hint for its owner, not an audit trail: written at most once a minute per token,
// so that a busy script does not turn every read into a write.
const LAST_USED_RESOLUTION_MS = 60_000;

/** One message for every refusal: which of unknown, revoked or expired is not the caller's business. */
const refused = () => new AppError("UNAUTHENTICATED", "The API token is missing, unknown, revoked or expired.");

/**
 * The actor behind `Authorization: Bearer lis_…`: the token's owner, narrowed to the token's scope.
 * UNAUTHENTICATED for a malformed header and an unknown, revoked or expired token.
 */
export async function authenticateApiToken(db: Db, authorization: string, now = new Date()): Promise<{ actor: Actor; tokenId: string }> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match || !match[1].startsWith(API_TOKEN_PREFIX)) throw refused();
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiTokenSecret(match[1]) },
    select: { id: true, userId: true, scope: true, revokedAt: true, expiresAt: true, lastUsedAt: true },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || !isTokenScope(token.scope)) throw refused();
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return { actor: userActor(token.userId, token.scope), tokenId: token.id };
}

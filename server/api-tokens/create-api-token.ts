import type { TokenScope } from "@/core/access/permissions";
import type { Actor } from "../access/actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { newApiTokenSecret } from "./api-token-secret";
import { API_TOKEN_VIEW_SELECT, toApiTokenView, type ApiTokenView } from "./api-token-view";
import { requireSessionUser } from "./require-session-user";

/** Enough for every script and connector a person runs; a bound so a loop cannot fill the table. */
export const MAX_ACTIVE_TOKENS = 50;
export const MAX_TOKEN_NAME_LENGTH = 100;

export interface CreateApiTokenOptions {
  actor: Actor;
  name: string;
  scope: TokenScope;
  /** Days until the token stops working; none = until revoked. */
  expiresInDays?: number;
  ip?: string;
  now?: Date;
}

/**
 * Creates a personal access token. The secret is returned once, here; only its SHA-256 is stored,
 * so it can be neither shown again nor read from a copy of the database.
 */
export async function createApiToken(db: Db, options: CreateApiTokenOptions): Promise<{ token: ApiTokenView; secret: string }> {
  const userId = requireSessionUser(options.actor);
  const name = options.name.trim();
  if (!name) throw new AppError("INVALID_INPUT", "Give the token a name, to recognise it later.");
  if (name.length > MAX_TOKEN_NAME_LENGTH) throw new AppError("INVALID_INPUT", `The name is longer than ${MAX_TOKEN_NAME_LENGTH} characters.`);
  const now = options.now ?? new Date();
  const active = await db.apiToken.count({ where: { userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } });
  if (active >= MAX_ACTIVE_TOKENS) throw new AppError("INVALID_INPUT", `You have ${MAX_ACTIVE_TOKENS} active tokens; revoke one first.`);
  const { secret, tokenHash, prefix } = newApiTokenSecret();
  const expiresAt = options.expiresInDays ? new Date(now.getTime() + options.expiresInDays * 86_400_000) : null;
  const row = await db.apiToken.create({
    data: { userId, name, scope: options.scope, tokenHash, prefix, createdAt: now, expiresAt },
    select: API_TOKEN_VIEW_SELECT,
  });
  await recordAuditEvent(db, {
    actorId: userId,
    action: "api_token.created",
    targetType: "apiToken",
    targetId: row.id,
    details: { name, scope: options.scope, prefix },
    ip: options.ip,
  });
  return { token: toApiTokenView(row), secret };
}

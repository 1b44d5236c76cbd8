import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { API_TOKEN_VIEW_SELECT, toApiTokenView, type ApiTokenView } from "./api-token-view";
import { requireSessionUser } from "./require-session-user";

/** The caller's tokens that still work or were revoked, newest first. */
export async function listApiTokens(db: Db, options: { actor: Actor; now?: Date }): Promise<ApiTokenView[]> {
  const userId = requireSessionUser(options.actor);
  const rows = await db.apiToken.findMany({ where: { userId }, select: API_TOKEN_VIEW_SELECT, orderBy: { createdAt: "desc" } });
  return rows.map((row) => toApiTokenView(row, options.now));
}

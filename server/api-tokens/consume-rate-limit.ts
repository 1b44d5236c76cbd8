import type { Db } from "../db/client";
import { AppError } from "../errors";

export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

/** Per token: generous for a script that saves segment by segment, low enough to stop a runaway loop. */
export const TOKEN_RATE_LIMIT: RateLimit = { limit: Number(process.env.LISIERE_API_RATE_LIMIT) || 600, windowMs: 60_000 };
/** Per address, for requests without a valid token (probing for tokens). */
export const ANONYMOUS_RATE_LIMIT: RateLimit = { limit: Number(process.env.LISIERE_API_ANONYMOUS_RATE_LIMIT) || 60, windowMs: 60_000 };

/**
 * Counts one request against `key` in a fixed window and throws RATE_LIMITED (429, with
 * details.retryAfterSeconds until the window ends) past the limit. The count lives in the database
 * (ApiRateLimit), one upsert per request, so that several app servers share it; a fixed window
 * lets a burst of twice the limit through at a window's edge, which is fine for this purpose.
 */
export async function consumeRateLimit(db: Db, key: string, rule: RateLimit, now = Date.now()): Promise<{ remaining: number }> {
  const windowIndex = Math.floor(now / rule.windowMs);
  const rows = await db.$queryRaw<{ count: number | bigint }[]>`
    INSERT INTO "ApiRateLimit" ("key", "windowIndex", "count") VALUES (${key}, ${windowIndex}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "ApiRateLimit"."windowIndex" = excluded."windowIndex" THEN "ApiRateLimit"."count" + 1 ELSE 1 END,
      "windowIndex" = excluded."windowIndex"
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 1);
  if (count > rule.limit) {
    const retryAfterSeconds = Math.max(1, Math.ceil(((windowIndex + 1) * rule.windowMs - now) / 1000));
    throw new AppError("RATE_LIMITED", `Too many requests; try again in ${retryAfterSeconds} s.`, { retryAfterSeconds, limit: rule.limit });
  }
  return { remaining: rule.limit - count };
}

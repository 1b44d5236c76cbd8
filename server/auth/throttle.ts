import type { Db } from "../db/client";
import { AppError } from "../errors";

/** Failed sign-ins allowed per account, and per address, within the window. */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 20 } as const;

/**
 * Refuses a sign-in while the account has had `perAccount` failures since its last success, or the
 * address `perAddress` failures, within the window. The error says when to try again.
 */
export async function assertSignInAllowed(db: Db, email: string, ip: string, now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const lastSuccess = await db.loginAttempt.findFirst({ where: { email, success: true, createdAt: { gte: windowStart } }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  const accountSince = lastSuccess && lastSuccess.createdAt > windowStart ? lastSuccess.createdAt : windowStart;
  const [accountFailures, addressFailures] = await Promise.all([
    db.loginAttempt.findMany({ where: { email, success: false, createdAt: { gt: accountSince } }, orderBy: { createdAt: "desc" }, take: THROTTLE.perAccount, select: { createdAt: true } }),
    db.loginAttempt.findMany({ where: { ip, success: false, createdAt: { gte: windowStart } }, orderBy: { createdAt: "desc" }, take: THROTTLE.perAddress, select: { createdAt: true } }),
  ]);
  const blockedBy =
    accountFailures.length >= THROTTLE.perAccount ? accountFailures.at(-1) : addressFailures.length >= THROTTLE.perAddress ? addressFailures.at(-1) : undefined;
  if (!blockedBy) return;
  // Free again when the oldest of the counted failures leaves the window.
  const retryAfterSeconds = Math.max(1, Math.ceil((blockedBy.createdAt.getTime() + THROTTLE.windowMinutes * 60_000 - now.getTime()) / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  throw new AppError("RATE_LIMITED", `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, { retryAfterSeconds, minutes });
}

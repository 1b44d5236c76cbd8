import { randomUUID } from "node:crypto";
import { dialectOf } from "../db/dialect";
import type { Db } from "../db/client";
import { AppError } from "../errors";

/** Failed sign-ins allowed per account, and per address, within the window. */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 20 } as const;

const windowStartOf = (now: Date) => new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);

/**
 * Reserves a sign-in attempt before any password is checked, or refuses with RATE_LIMITED while
 * the account has had `perAccount` failures since its last success, or the address `perAddress`
 * failures, within the window. The count and the reservation are one `INSERT … SELECT … WHERE`
 * statement, which SQLite runs atomically, so parallel requests (even from several processes)
 * cannot all pass the count before any of them is recorded. A reserved attempt counts as a failure
 * until `markSignInSucceeded` says otherwise. Returns the attempt's id.
 */
export async function reserveSignInAttempt(db: Db, options: { email: string; ip: string; now?: Date }): Promise<string> {
  const { email, ip } = options;
  const now = options.now ?? new Date();
  const windowStart = windowStartOf(now);
  const id = randomUUID();
  // Dates and the boolean are bound as parameters so that the driver adapter writes them as Prisma
  // does on either engine. "Failures since the account's last success" is a NOT EXISTS, which both
  // engines plan on the (email, createdAt) index.
  const insert = (q: Pick<Db, "$executeRaw">) => q.$executeRaw`
    INSERT INTO "LoginAttempt" ("id", "email", "ip", "success", "createdAt")
    SELECT ${id}, ${email}, ${ip}, ${false}, ${now}
    WHERE (
        SELECT COUNT(*) FROM "LoginAttempt" f
        WHERE f."email" = ${email} AND f."success" = ${false} AND f."createdAt" >= ${windowStart}
          AND NOT EXISTS (
            SELECT 1 FROM "LoginAttempt" s
            WHERE s."email" = ${email} AND s."success" = ${true} AND s."createdAt" >= ${windowStart} AND s."createdAt" >= f."createdAt")
      ) < ${THROTTLE.perAccount}
      AND (
        SELECT COUNT(*) FROM "LoginAttempt" WHERE "ip" = ${ip} AND "success" = ${false} AND "createdAt" >= ${windowStart}
      ) < ${THROTTLE.perAddress}`;
  // SQLite runs one write at a time, so count-then-insert is atomic as one statement. PostgreSQL
  // runs them side by side: a burst would all count before any inserted. Transaction-scoped locks
  // on the account and the address (always in that order, so two never wait on each other) make
  // each count see the attempts before it, whichever app server took them.
  const reserved =
    dialectOf(db) === "postgres"
      ? await db.$transaction(async (tx) => {
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in account:${email}`}))`;
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in address:${ip}`}))`;
          return insert(tx);
        })
      : await insert(db);
  if (reserved === 1) return id;
  throw await rateLimited(db, email, ip, now);
}

/** Marks a reserved attempt as a success: the account's failures before it stop counting. */
export async function markSignInSucceeded(db: Db, attemptId: string): Promise<void> {
  await db.loginAttempt.update({ where: { id: attemptId }, data: { success: true } });
}

/** The refusal, saying when the oldest of the counted failures leaves the window. */
async function rateLimited(db: Db, email: string, ip: string, now: Date): Promise<AppError> {
  const windowStart = windowStartOf(now);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, success: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const accountSince = lastSuccess?.createdAt ?? windowStart;
  const [accountFailures, addressFailures] = await Promise.all([
    db.loginAttempt.findMany({
      where: { email, success: false, createdAt: { gt: accountSince } },
      orderBy: { createdAt: "desc" },
      take: THROTTLE.perAccount,
      select: { createdAt: true },
    }),
    db.loginAttempt.findMany({
      where: { ip, success: false, createdAt: { gte: windowStart } },
      orderBy: { createdAt: "desc" },
      take: THROTTLE.perAddress,
      select: { createdAt: true },
    }),
  ]);
  const blockedBy =
    accountFailures.length >= THROTTLE.perAccount ? accountFailures.at(-1) : addressFailures.length >= THROTTLE.perAddress ? addressFailures.at(-1) : undefined;
  // A failure may have left the window between the two statements: then a second is enough.
  const freeAt = blockedBy ? blockedBy.createdAt.getTime() + THROTTLE.windowMinutes * 60_000 : now.getTime();
  const retryAfterSeconds = Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new AppError("RATE_LIMITED", `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, {
    retryAfterSeconds,
    minutes,
  });
}

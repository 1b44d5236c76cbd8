import type { Db } from "./client";

/**
 * Transactions on PostgreSQL keep the guarantee the use cases were written against on SQLite: each
 * runs as if alone. SQLite gives it by running one write transaction at a time; PostgreSQL's
 * default (read committed) would let two "check, then insert" transactions both pass their check —
 * two glossary entries for one term, two first accounts. So every interactive transaction runs
 * SERIALIZABLE, and one that PostgreSQL aborts to keep that promise (40001, or a deadlock 40P01)
 * is run again from the start, a few times with a short random pause: the second run sees what the
 * first one collided with and answers as SQLite would (e.g. "already in the glossary").
 */
export const SERIALIZABLE = { isolationLevel: "Serializable" } as const;

/**
 * A transaction first waits for a pooled connection: as long as the pool waits (postgres-adapter.ts),
 * not Prisma's 2 s default, which a burst of requests on a busy server exceeds while every
 * connection is briefly in use. (SQLite waits on its busy timeout instead.)
 */
const MAX_WAIT_MS = 10_000;
const MAX_ATTEMPTS = 10;
const RETRYABLE = new Set(["40001", "40P01"]);

/** Whether `error` is PostgreSQL aborting a transaction so that it can be retried. */
export function isSerializationFailure(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as {
    code?: unknown;
    details?: { postgres?: unknown };
    meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } };
    cause?: { originalCode?: unknown; kind?: unknown };
  };
  if (e.code === "P2034") return true;
  if (typeof e.details?.postgres === "string" && RETRYABLE.has(e.details.postgres)) return true;
  const cause = e.meta?.driverAdapterError?.cause ?? e.cause;
  return cause?.kind === "TransactionWriteConflict" || (typeof cause?.originalCode === "string" && RETRYABLE.has(cause.originalCode));
}

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** attempt));

/** `db` whose callback transactions are retried on serialization failures (batch transactions are left as they are). */
export function retryingSerializationFailures(db: Db): Db {
  const original = db.$transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  const $transaction = async (...args: unknown[]) => {
    if (typeof args[0] !== "function") return original(...args);
    // The client's default transactionOptions are not applied through the driver adapter (seen
    // with 6.19.3: transactions ran read committed), so each call names them.
    const options = { maxWait: MAX_WAIT_MS, ...SERIALIZABLE, ...(args[1] as object | undefined) };
    for (let attempt = 1; ; attempt++) {
      try {
        return await original(args[0], options);
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isSerializationFailure(error)) throw error;
        await pause(attempt);
      }
    }
  };
  return new Proxy(db, { get: (target, key, receiver) => (key === "$transaction" ? $transaction : Reflect.get(target, key, receiver)) });
}

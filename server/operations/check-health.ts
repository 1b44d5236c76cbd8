import type { Db } from "../db/client";
import { pendingMigrations } from "../db/migrate";

export interface Health {
  status: "ok" | "failing";
  /** Whether the database answers a query in time. */
  database: "ok" | "unreachable";
  /** Whether every migration shipped with the code is applied ("unknown" when the database does not answer). */
  migrations: "ok" | "pending" | "unknown";
  /** How many migrations are not applied, when some are not. */
  pending?: number;
}

/** Longer than any query of a healthy server; shorter than a load balancer's usual check timeout. */
const DATABASE_TIMEOUT_MS = 3_000;

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Whether this app server can serve, for a load balancer: the database answers, and no migration
 * is pending (a server whose code is newer than its database must not take traffic). No access
 * check: it tells nothing about anyone's data. Never throws: a failure is a part of the answer.
 */
export async function checkHealth(db: Db, timeoutMs = DATABASE_TIMEOUT_MS): Promise<Health> {
  try {
    await withinTime(db.$queryRawUnsafe("SELECT 1"), timeoutMs);
  } catch {
    return { status: "failing", database: "unreachable", migrations: "unknown" };
  }
  let pending: string[];
  try {
    pending = await withinTime(pendingMigrations(db), timeoutMs);
  } catch {
    return { status: "failing", database: "ok", migrations: "unknown" };
  }
  if (pending.length > 0) return { status: "failing", database: "ok", migrations: "pending", pending: pending.length };
  return { status: "ok", database: "ok", migrations: "ok" };
}

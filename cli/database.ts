import type { Actor } from "@/server/access/actor";
import { disconnectDb, getDb, type Db } from "@/server/db/client";
import { ensureMigrated } from "@/server/db/migrate";
import { isAppError } from "@/server/errors";
import { ensureLocalUser } from "@/server/users/ensure-local-user";
import { CliError } from "./cli-error";

/**
 * Runs `work` against the database named by DATABASE_URL (migrated first if it is new), as the
 * local user, and closes it. Coded use-case errors become one-line CLI errors.
 */
export async function withDatabase<T>(work: (db: Db, actor: Actor) => Promise<T>): Promise<T> {
  const db = getDb();
  try {
    await ensureMigrated(db);
    const actor = await ensureLocalUser(db);
    return await work(db, actor);
  } catch (error) {
    if (isAppError(error)) throw new CliError(error.message, error.code === "INVALID_INPUT" ? 2 : 1);
    throw error;
  } finally {
    await disconnectDb();
  }
}


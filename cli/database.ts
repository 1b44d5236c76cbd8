import { SYSTEM_ACTOR, userActor, type Actor } from "@/server/access/actor";
import { disconnectDb, getDb, type Db } from "@/server/db/client";
import { ensureMigrated } from "@/server/db/migrate";
import { isAppError } from "@/server/errors";
import { CliError } from "./cli-error";

/**
 * Who the CLI acts as. Whoever runs it can read the database file, so it is a local administrator:
 * `--user EMAIL` (or LISIERE_USER) acts as that account, with its permissions checked; otherwise
 * the instance's first account; before any account exists, the system, whose projects the first
 * account will own.
 */
async function resolveActor(db: Db, email: string | undefined): Promise<Actor> {
  if (email) {
    const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
    if (!user) throw new CliError(`no account with email ${email}`, 2);
    return userActor(user.id);
  }
  const first = await db.user.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
  return first ? userActor(first.id) : SYSTEM_ACTOR;
}

/**
 * Runs `work` against the database named by DATABASE_URL (migrated first if it is new) and closes
 * it. Coded use-case errors become one-line CLI errors.
 */
export async function withDatabase<T>(work: (db: Db, actor: Actor) => Promise<T>, userEmail = process.env.LISIERE_USER): Promise<T> {
  const db = getDb();
  try {
    await ensureMigrated(db);
    return await work(db, await resolveActor(db, userEmail));
  } catch (error) {
    if (isAppError(error)) throw new CliError(error.message, error.code === "INVALID_INPUT" ? 2 : 1);
    throw error;
  } finally {
    await disconnectDb();
  }
}

import { parseArgs } from "node:util";
import { databaseUrl, isPostgresUrl } from "@/server/db/database-url";
import { isAppError } from "@/server/errors";
import { backupDatabase } from "@/server/operations/backup-database";
import { restoreDatabase } from "@/server/operations/restore-database";
import { CliError } from "../cli-error";
import { writeOut } from "../io";

const README_SECTION = "README, “Deploying for a team” › Backups";

/** PostgreSQL has its own tools; ours copy SQLite files. */
function refusePostgres(command: "backup" | "restore"): void {
  if (!isPostgresUrl(databaseUrl())) return;
  const tool = command === "backup" ? "pg_dump -Fc" : "pg_restore --clean";
  throw new CliError(`${command} copies SQLite databases; DATABASE_URL is PostgreSQL: use ${tool} (see ${README_SECTION})`, 1);
}

function oneFile(command: string, args: string[]): string {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new CliError(`${command} takes exactly one FILE`, 2);
  return positionals[0];
}

async function coded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isAppError(error)) throw new CliError(error.message, 1);
    throw error;
  }
}

/**
 * `backup FILE`: a consistent copy of the SQLite database (DATABASE_URL) to FILE, safe while app
 * servers run; prints {"database","file","bytes","migrations"}. FILE must not exist yet.
 */
export async function runBackup(args: string[]): Promise<void> {
  const file = oneFile("backup", args);
  refusePostgres("backup");
  const result = await coded(() => backupDatabase(file));
  await writeOut(`${JSON.stringify(result)}\n`);
}

/**
 * `restore FILE`: checks FILE is a Lisière SQLite database this code can run, keeps the current
 * database aside (renamed with the time) and puts FILE in its place; prints
 * {"database","restoredFrom","previousKeptAs","pendingMigrations"}, and on stderr that app servers
 * must be (re)started — stopped before, as one still running writes to the file set aside.
 */
export async function runRestore(args: string[]): Promise<void> {
  const file = oneFile("restore", args);
  refusePostgres("restore");
  const result = await coded(() => restoreDatabase(file));
  await writeOut(`${JSON.stringify(result)}\n`);
  const migrate = result.pendingMigrations > 0 ? ` (${result.pendingMigrations} migration(s) will be applied then)` : "";
  process.stderr.write(
    `note: start the app servers again now${migrate}; they must have been stopped before the restore — one still running writes to ${result.previousKeptAs ?? "the old file"}\n`,
  );
}

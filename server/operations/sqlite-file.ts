import fs from "node:fs";
import Database from "better-sqlite3";
import { AppError } from "../errors";
import { shippedMigrations } from "../db/migrate";

const SQLITE_HEADER = "SQLite format 3\0";

/** What a checked Lisière database holds: its migrations, and those of the code it lacks. */
export interface LisiereDatabaseFile {
  migrations: string[];
  /** Shipped with the code but not in the file: applied at the next start (`npm start`, `npm run db:deploy`). */
  missingMigrations: string[];
}

/**
 * Checks that `file` is a sound Lisière SQLite database this code can run on: a SQLite file that
 * passes `PRAGMA integrity_check`, with Prisma's `_prisma_migrations`, every migration in it
 * finished and known to this code (a file made by a newer Lisière is refused: its tables are not
 * the ones this code reads). Opened read-only; refused with one line saying what is wrong.
 */
export function checkLisiereDatabase(file: string): LisiereDatabaseFile {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError("INVALID_INPUT", code === "ENOENT" ? `no such file: ${file}` : `cannot read ${file} (${code})`);
  }
  try {
    fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString("latin1") !== SQLITE_HEADER) throw new AppError("UNREADABLE_FILE", `${file} is not a SQLite database`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const report = (db.pragma("integrity_check", { simple: false }) as { integrity_check: string }[]).map((row) => row.integrity_check).join("\n");
    if (report !== "ok") {
      const problems = report.split("\n").filter((line) => line && !line.startsWith("***"));
      throw new AppError(
        "UNREADABLE_FILE",
        `${file} is damaged (integrity_check: ${problems[0]}${problems.length > 1 ? `, and ${problems.length - 1} more` : ""})`,
      );
    }
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) throw new AppError("UNREADABLE_FILE", `${file} is a SQLite database but not a Lisière one (no _prisma_migrations table)`);
    const rows = db.prepare('SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"').all() as {
      migration_name: string;
      finished_at: unknown;
      rolled_back_at: unknown;
    }[];
    const failed = rows.filter((row) => row.finished_at === null && row.rolled_back_at === null).map((row) => row.migration_name);
    if (failed.length > 0) throw new AppError("UNREADABLE_FILE", `${file} has a migration that did not finish (${failed[0]})`);
    const migrations = [...new Set(rows.filter((row) => row.rolled_back_at === null).map((row) => row.migration_name))].sort();
    // A SQLite file holds SQLite's migrations, whatever database the app is configured with.
    const shipped = shippedMigrations("sqlite");
    const unknown = migrations.filter((name) => !shipped.includes(name));
    if (unknown.length > 0) {
      throw new AppError("UNREADABLE_FILE", `${file} was made by a newer Lisière (migration ${unknown[0]} is unknown to this code): update the code first`);
    }
    return { migrations, missingMigrations: shipped.filter((name) => !migrations.includes(name)) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    // SQLITE_NOTADB, SQLITE_CORRUPT…: a file with a SQLite header and garbage after it.
    throw new AppError("UNREADABLE_FILE", `${file} is not a readable SQLite database (${(error as Error).message})`);
  } finally {
    db.close();
  }
}

/**
 * A consistent copy of the SQLite database `from` into the new file `to`, through SQLite's online
 * backup API: other connections (running app servers) go on reading and writing meanwhile, and the
 * copy is the database as of one moment, WAL included. The copy is made beside `to` and renamed
 * into place, so `to` is never a half-written file.
 */
export async function copyDatabase(from: string, to: string): Promise<void> {
  const partial = `${to}.partial-${process.pid}`;
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    await source.backup(partial);
    // A file on its own, without the -wal and -shm files the source's journal mode would ask for.
    const copy = new Database(partial);
    try {
      copy.pragma("journal_mode = DELETE");
    } finally {
      copy.close();
    }
    fs.renameSync(partial, to);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
}

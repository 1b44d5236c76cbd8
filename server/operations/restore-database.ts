import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { resolveDatabaseFile } from "../db/database-url";
import { AppError } from "../errors";
import { checkLisiereDatabase, copyDatabase } from "./sqlite-file";

export interface RestoreResult {
  database: string;
  restoredFrom: string;
  /** Where the database that was in place is kept (null when there was none). */
  previousKeptAs: string | null;
  /** Migrations of this code the backup lacks: applied at the next start. */
  pendingMigrations: number;
}

/** 2026-12-07T18:05:09.123Z → 20261207-180509 (sortable, no characters a file system minds). */
const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);

/** The database file and its WAL companions, those that exist. */
const withCompanions = (file: string) => [file, `${file}-wal`, `${file}-shm`].filter((f) => fs.existsSync(f));

/** `base`, or `base-2`, `base-3`…: a second restore within the same second never replaces the first one's copy. */
function freeName(base: string): string {
  let name = base;
  for (let n = 2; withCompanions(name).length > 0; n++) name = `${base}-${n}`;
  return name;
}

/** Folds the WAL into the database file so that it stands alone once renamed; a damaged file is moved as it is. */
function checkpoint(file: string): void {
  try {
    const db = new Database(file, { fileMustExist: true });
    try {
      db.pragma("wal_checkpoint(TRUNCATE)");
    } finally {
      db.close();
    }
  } catch {
    // The -wal and -shm files are moved with it, under the matching names.
  }
}

/**
 * Puts the SQLite backup `source` in place of the app's database. The backup is checked first
 * (checkLisiereDatabase) and copied beside the database; only then is the current database renamed
 * aside (`lisiere.db.before-restore-20261207-180509`, with its -wal) and the copy renamed into
 * place — a refused or failed restore leaves the current database as it was. App servers must be
 * stopped first: one still running keeps writing to the renamed file.
 */
export async function restoreDatabase(source: string, database = resolveDatabaseFile(), now = new Date()): Promise<RestoreResult> {
  const from = path.resolve(source);
  if (from === database) throw new AppError("INVALID_INPUT", "the backup to restore is the database itself");
  const { missingMigrations } = checkLisiereDatabase(from);
  fs.mkdirSync(path.dirname(database), { recursive: true });
  const incoming = `${database}.restoring-${stamp(now)}`;
  await copyDatabase(from, incoming);
  let previousKeptAs: string | null = null;
  const moved: [string, string][] = [];
  try {
    if (fs.existsSync(database)) {
      checkpoint(database);
      previousKeptAs = freeName(`${database}.before-restore-${stamp(now)}`);
      for (const file of withCompanions(database)) {
        const aside = previousKeptAs + file.slice(database.length);
        fs.renameSync(file, aside);
        moved.push([aside, file]);
      }
    }
    fs.renameSync(incoming, database);
  } catch (error) {
    // Put back what was moved: the restore did not happen, and nothing is lost.
    for (const [aside, file] of moved.reverse()) if (!fs.existsSync(file)) fs.renameSync(aside, file);
    fs.rmSync(incoming, { force: true });
    throw error;
  }
  return { database, restoredFrom: from, previousKeptAs, pendingMigrations: missingMigrations.length };
}

import fs from "node:fs";
import path from "node:path";
import { resolveDatabaseFile } from "../db/database-url";
import { AppError } from "../errors";
import { checkLisiereDatabase, copyDatabase } from "./sqlite-file";

export interface BackupResult {
  database: string;
  file: string;
  bytes: number;
  migrations: number;
}

/**
 * Copies the app's SQLite database to `target` while the app may be serving (SQLite's online
 * backup: consistent, nobody waits), then checks the copy as a restore would. An existing `target`
 * is never overwritten: it may be the only copy of an older backup.
 */
export async function backupDatabase(target: string, database = resolveDatabaseFile()): Promise<BackupResult> {
  const file = path.resolve(target);
  if (!fs.existsSync(database)) throw new AppError("NOT_FOUND", `there is no database at ${database} to back up`);
  if (file === database) throw new AppError("INVALID_INPUT", "the backup cannot be the database itself");
  if (fs.existsSync(file)) throw new AppError("INVALID_INPUT", `${file} already exists: choose a new name (an older backup is never overwritten)`);
  if (!fs.existsSync(path.dirname(file))) throw new AppError("INVALID_INPUT", `no such folder: ${path.dirname(file)}`);
  await copyDatabase(database, file);
  const { migrations } = checkLisiereDatabase(file);
  return { database, file, bytes: fs.statSync(file).size, migrations: migrations.length };
}

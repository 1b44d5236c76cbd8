import fs from "node:fs";
import path from "node:path";

/**
 * The project root: the nearest folder upwards from the working directory that holds
 * prisma/schema.prisma. (Not derived from this file's location: inside the Next.js bundle that is
 * somewhere under .next/.)
 */
function findProjectRoot(start = process.cwd()): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "prisma", "schema.prisma"))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

export const PROJECT_ROOT = findProjectRoot();

export const DEFAULT_DATABASE_URL = "file:./data/lisiere.db";

/** DATABASE_URL, or the default SQLite file. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

export type DatabaseKind = "sqlite" | "postgres";

/** Whether `url` names a PostgreSQL database (`postgres://` or `postgresql://`). */
export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//i.test(url);

/** Which engine a database URL names: `postgres://` / `postgresql://` is PostgreSQL, `file:` SQLite. */
export function databaseKind(url = databaseUrl()): DatabaseKind {
  if (isPostgresUrl(url)) return "postgres";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL must be a SQLite file: URL or a postgres:// URL (got "${url.split(":")[0]}:…").`);
}

/**
 * The SQLite file the app, the CLI, the tests and the Prisma CLI all use: `DATABASE_URL` when set
 * (`file:` URLs, relative paths resolved from the project root), else `data/lisiere.db`.
 */
export function resolveDatabaseFile(url = databaseUrl()): string {
  if (databaseKind(url) !== "sqlite") throw new Error("DATABASE_URL names a PostgreSQL database, not a SQLite file.");
  const file = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
  if (file === ":memory:") return file;
  return path.isAbsolute(file) ? file : path.resolve(PROJECT_ROOT, file);
}

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

/**
 * The SQLite file the app, the CLI, the tests and the Prisma CLI all use: `DATABASE_URL` when set
 * (`file:` URLs, relative paths resolved from the project root), else `data/lisiere.db`.
 */
export function resolveDatabaseFile(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): string {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file: URL (got "${url.split(":")[0]}:…").`);
  }
  const file = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
  if (file === ":memory:") return file;
  return path.isAbsolute(file) ? file : path.resolve(PROJECT_ROOT, file);
}

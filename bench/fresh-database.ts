import { execFileSync } from "node:child_process";
import path from "node:path";
import { openDatabase, type Db } from "../server/db/client";

/** A new SQLite file at `file`, migrated with Prisma's own `migrate deploy`, opened as the app opens it. */
export function freshDatabase(file: string): Db {
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "ignore" });
  return openDatabase(file);
}

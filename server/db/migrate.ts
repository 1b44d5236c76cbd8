import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Db } from "./client";
import { databaseKind, databaseUrl, PROJECT_ROOT, resolveDatabaseFile, type DatabaseKind } from "./database-url";

/** Where each engine's migrations live (PostgreSQL's are kept in step with SQLite's: postgres-migrations.test.ts). */
export function migrationsDir(kind: DatabaseKind = databaseKind()): string {
  return kind === "postgres" ? path.join(PROJECT_ROOT, "prisma", "postgres", "migrations") : path.join(PROJECT_ROOT, "prisma", "migrations");
}

/** Names of the migrations shipped with the code, in order. */
export function shippedMigrations(kind: DatabaseKind = databaseKind()): string[] {
  const dir = migrationsDir(kind);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/** Migrations the database has not applied yet (all of them for a new file). */
export async function pendingMigrations(db: Db): Promise<string[]> {
  if (databaseKind() === "sqlite") {
    const file = resolveDatabaseFile();
    if (file !== ":memory:" && !fs.existsSync(file)) return shippedMigrations();
  }
  let applied: Set<string>;
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    applied = new Set(rows.map((row) => row.migration_name));
  } catch {
    applied = new Set();
  }
  return shippedMigrations().filter((name) => !applied.has(name));
}

/**
 * Applies pending migrations with Prisma's own `migrate deploy` (the only migrator; this only
 * decides whether to call it, so a migrated database costs one query instead of a CLI start).
 */
export async function ensureMigrated(db: Db): Promise<void> {
  if ((await pendingMigrations(db)).length === 0) return;
  execFileSync(path.join(PROJECT_ROOT, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: databaseKind() === "sqlite" ? `file:${resolveDatabaseFile()}` : databaseUrl() },
    stdio: ["ignore", "ignore", "pipe"],
  });
}

/**
 * Driver adapter for the Prisma CLI only (loaded from prisma.config.ts, never by the app).
 *
 * Prisma 6.19's wasm schema engine is the only one that runs offline, and it has three bugs with
 * better-sqlite3 that this wrapper works around (see ../shared/notes/stack.md):
 *  1. `migrate` queries `_prisma_migrations` before creating it (P1014): create it first.
 *  2. The shadow database replays migration.sql through `executeRaw`, which better-sqlite3 refuses
 *     for several statements (P3006): route parameterless SQL to `executeScript`.
 *  3. The engine leaves long timers pending, so the CLI never exits: `unref()` them.
 */
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const MIGRATIONS_TABLE_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export function unrefLongTimers(): void {
  const original = globalThis.setTimeout;
  const patched = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const timer = original(handler as () => void, timeout, ...args);
    if ((timeout ?? 0) >= 5_000) (timer as unknown as NodeJS.Timeout).unref?.();
    return timer;
  }) as typeof setTimeout;
  globalThis.setTimeout = Object.assign(patched, original);
}

function patchAdapter(adapter: SqlDriverAdapter, createMigrationsTable: boolean): SqlDriverAdapter {
  let tableReady = !createMigrationsTable;
  const ensureTable = async () => {
    if (!tableReady) {
      await adapter.executeScript(MIGRATIONS_TABLE_DDL);
      tableReady = true;
    }
  };
  const wrapped = Object.create(adapter) as SqlDriverAdapter;
  const createsTable = (sql: string) => /CREATE TABLE\s+(IF NOT EXISTS\s+)?"?_prisma_migrations/i.test(sql);
  wrapped.queryRaw = async (query) => {
    if (query.sql.includes("_prisma_migrations")) await ensureTable();
    return adapter.queryRaw(query);
  };
  wrapped.executeRaw = async (query) => {
    if (createsTable(query.sql)) {
      // The engine's own CREATE after our early one: make it idempotent instead of failing.
      tableReady = true;
      query = { ...query, sql: query.sql.replace(/CREATE TABLE\s+(IF NOT EXISTS\s+)?/i, "CREATE TABLE IF NOT EXISTS ") };
    } else if (query.sql.includes("_prisma_migrations")) await ensureTable();
    if (query.args.length === 0) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return adapter.executeRaw(query);
  };
  return wrapped;
}

/** A migration-aware factory for `file` whose connections carry the three fixes above. */
export function createCliAdapterFactory(file: string): SqlMigrationAwareDriverAdapterFactory {
  unrefLongTimers();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const shadowFile = `${file}.shadow-${process.pid}`;
  const base = new PrismaBetterSQLite3({ url: file }, { shadowDatabaseUrl: shadowFile });
  process.once("exit", () => fs.rmSync(shadowFile, { force: true }));
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => patchAdapter(await base.connect(), true),
    connectToShadowDb: async () => patchAdapter(await base.connectToShadowDb(), false),
  };
}

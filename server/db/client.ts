import "server-only";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PostgresPrismaClient } from "./generated-pg/client";
import { databaseKind, databaseUrl, isPostgresUrl, resolveDatabaseFile } from "./database-url";
import { sqliteAdapter } from "./sqlite-adapter";
import { postgresAdapter } from "./postgres-adapter";
import { retryingSerializationFailures } from "./postgres-transactions";
import { rethrowAsStorageFailure } from "./storage-failure";

export type Db = InstanceType<typeof PrismaClient>;

// One client per process; Next.js dev reloads modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { lisiereDb?: Db };

/**
 * A Prisma client on a SQLite file or a PostgreSQL URL (`postgres://…`), as every use case needs it:
 * transactions that always end (sqlite-adapter.ts), and a full disk, a read-only file or a stuck
 * lock reported as a coded error (storage-failure.ts). The extension only maps errors, so the client
 * keeps its own type. Both generated clients come from one schema (scripts/postgres-schema.mjs), so
 * the PostgreSQL one is typed as the SQLite one: their model APIs are the same.
 */
export function openDatabase(fileOrUrl: string): Db {
  const client = isPostgresUrl(fileOrUrl)
    ? (new PostgresPrismaClient({ adapter: postgresAdapter(fileOrUrl) }) as unknown as InstanceType<typeof PrismaClient>)
    : new PrismaClient({ adapter: sqliteAdapter(fileOrUrl.replace(/^file:/, "")) });
  const db = client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          rethrowAsStorageFailure(error);
        }
      },
    },
  }) as unknown as Db;
  return isPostgresUrl(fileOrUrl) ? retryingSerializationFailures(db) : db;
}

/** The process-wide Prisma client on the database named by DATABASE_URL. */
export function getDb(): Db {
  globalForDb.lisiereDb ??= openDatabase(databaseKind() === "postgres" ? databaseUrl() : resolveDatabaseFile());
  return globalForDb.lisiereDb;
}

/** Closes the process-wide client (CLI and tests). */
export async function disconnectDb(): Promise<void> {
  await globalForDb.lisiereDb?.$disconnect();
  globalForDb.lisiereDb = undefined;
}

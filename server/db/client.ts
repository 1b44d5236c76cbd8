import "server-only";
import { PrismaClient } from "./generated/client";
import { resolveDatabaseFile } from "./database-url";
import { sqliteAdapter } from "./sqlite-adapter";
import { rethrowAsStorageFailure } from "./storage-failure";

export type Db = InstanceType<typeof PrismaClient>;

// One client per process; Next.js dev reloads modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { lisiereDb?: Db };

/**
 * A Prisma client on a SQLite file, as every use case needs it: transactions that always end
 * (sqlite-adapter.ts), and a full disk, a read-only file or a stuck lock reported as a coded error
 * (storage-failure.ts). The extension only maps errors, so the client keeps its own type.
 */
export function openDatabase(file: string): Db {
  const client = new PrismaClient({ adapter: sqliteAdapter(file) });
  return client.$extends({
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
}

/** The process-wide Prisma client on the SQLite file named by DATABASE_URL. */
export function getDb(): Db {
  globalForDb.lisiereDb ??= openDatabase(resolveDatabaseFile());
  return globalForDb.lisiereDb;
}

/** Closes the process-wide client (CLI and tests). */
export async function disconnectDb(): Promise<void> {
  await globalForDb.lisiereDb?.$disconnect();
  globalForDb.lisiereDb = undefined;
}

import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { resolveDatabaseFile } from "./database-url";

export type Db = InstanceType<typeof PrismaClient>;

// One client per process; Next.js dev reloads modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { lisiereDb?: Db };

/** The process-wide Prisma client on the SQLite file named by DATABASE_URL. */
export function getDb(): Db {
  if (!globalForDb.lisiereDb) {
    const adapter = new PrismaBetterSQLite3({ url: resolveDatabaseFile(), timeout: 5_000 });
    globalForDb.lisiereDb = new PrismaClient({ adapter });
  }
  return globalForDb.lisiereDb;
}

/** Closes the process-wide client (CLI and tests). */
export async function disconnectDb(): Promise<void> {
  await globalForDb.lisiereDb?.$disconnect();
  globalForDb.lisiereDb = undefined;
}

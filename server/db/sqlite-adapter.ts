import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { withTransactionsThatEnd } from "./ending-transactions";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/**
 * How long a statement waits for another connection's write lock (the CLI, a backup, a second
 * server process) before failing with SQLITE_BUSY: long enough for any write transaction of the
 * app but one, short enough that a stuck lock surfaces as an error rather than a hang.
 */
export const BUSY_TIMEOUT_MS = 5_000;

/**
 * Set on every connection. WAL: readers never wait for a writer and a writer never waits for
 * readers, and a failed commit leaves the database file untouched (the WAL frames are discarded).
 * The mode is stored in the file; it cannot be set on a read-only file, which is then used as it is.
 */
const CONNECTION_PRAGMAS = "PRAGMA journal_mode = WAL;";

/**
 * The Prisma driver adapter for a SQLite file: @prisma/adapter-better-sqlite3 with WAL and a busy
 * timeout, and with transactions that always end. Why the wrapper: the adapter serialises
 * transactions with a lock that only its `commit()`/`rollback()` release, and Prisma calls those
 * only after its COMMIT or ROLLBACK statement succeeded. When the disk is full or the file
 * read-only, COMMIT fails (and SQLite may have rolled back already, so ROLLBACK fails too): the
 * lock was never released and every later transaction — every save — waited forever, until a
 * restart. Here a failed COMMIT is rolled back and the lock released before the error goes on, and
 * a ROLLBACK of a transaction SQLite already rolled back counts as done.
 */
export function sqliteAdapter(file: string): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaBetterSQLite3({ url: file, timeout: BUSY_TIMEOUT_MS });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      const adapter = await inner.connect();
      await adapter.executeScript(CONNECTION_PRAGMAS).catch(() => undefined);
      return withTransactionsThatEnd(adapter);
    },
    connectToShadowDb: () => inner.connectToShadowDb(),
  };
}

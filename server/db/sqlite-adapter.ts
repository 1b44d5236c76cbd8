import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { storageFailure } from "./storage-failure";
import type { IsolationLevel, SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

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

function withTransactionsThatEnd(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    executeScript: (script) => adapter.executeScript(script),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () => adapter.dispose(),
    startTransaction: async (isolationLevel?: IsolationLevel) => endingTransaction(await adapter.startTransaction(isolationLevel)),
  };
}

const NO_TRANSACTION = /no transaction is active/i;

function endingTransaction(transaction: Transaction): Transaction {
  const execute = async (query: SqlQuery): Promise<number> => {
    if (query.sql === "COMMIT") return commitOrRollBack(transaction, query);
    if (query.sql === "ROLLBACK") return rollBack(transaction, query);
    return transaction.executeRaw(query);
  };
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    queryRaw: (query) => transaction.queryRaw(query),
    executeRaw: execute,
    commit: () => transaction.commit(),
    rollback: () => transaction.rollback(),
  };
}

async function commitOrRollBack(transaction: Transaction, commit: SqlQuery): Promise<number> {
  try {
    return await transaction.executeRaw(commit);
  } catch (error) {
    // The transaction may still be open (a deferred constraint, a full disk before SQLite gave
    // up): undo it so the connection is usable, then release the lock (the release is idempotent).
    await transaction.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] }).catch(() => undefined);
    await transaction.rollback();
    // Prisma passes a failed COMMIT's error on as it is, past the client's error mapping.
    throw storageFailure(error) ?? error;
  }
}

async function rollBack(transaction: Transaction, rollback: SqlQuery): Promise<number> {
  try {
    return await transaction.executeRaw(rollback);
  } catch (error) {
    await transaction.rollback();
    // SQLite rolls a transaction back by itself after some errors (a full disk, an I/O error).
    if (NO_TRANSACTION.test(error instanceof Error ? error.message : String(error))) return 0;
    throw error;
  }
}

import type { IsolationLevel, SqlDriverAdapter, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { storageFailure } from "./storage-failure";

/**
 * Transactions that always end, on either engine's driver adapter. Prisma calls a transaction's
 * `commit()`/`rollback()` — which release its lock (SQLite) or its pooled connection (PostgreSQL) —
 * only after its COMMIT or ROLLBACK statement succeeded. When COMMIT fails (a full disk on SQLite;
 * on PostgreSQL a serialization failure, which SERIALIZABLE transactions meet at commit) the lock or
 * connection was never given back: on SQLite every later save waited forever, on PostgreSQL the
 * pool ran dry after ten. Here a failed COMMIT is rolled back and released before the error goes
 * on, a ROLLBACK of a transaction the engine already ended counts as done, and release happens once.
 */
export function withTransactionsThatEnd(adapter: SqlDriverAdapter): SqlDriverAdapter {
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

function endingTransaction(inner: Transaction): Transaction {
  // Released once: pg's release() throws if called twice, and Prisma may still call rollback().
  let ended = false;
  const end = (how: "commit" | "rollback") => {
    if (ended) return Promise.resolve();
    ended = true;
    return how === "commit" ? inner.commit() : inner.rollback();
  };
  const transaction: Transaction = Object.assign(Object.create(inner) as Transaction, {
    commit: () => end("commit"),
    rollback: () => end("rollback"),
  });
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
    commit: () => end("commit"),
    rollback: () => end("rollback"),
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

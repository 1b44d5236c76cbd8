import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { withTransactionsThatEnd } from "./ending-transactions";

/**
 * Connections per app-server process. PostgreSQL's default max_connections is 100: several app
 * servers, the CLI and a backup must fit under it. LISIERE_DB_POOL overrides it.
 */
const DEFAULT_POOL_SIZE = 10;

/** The Prisma driver adapter for a PostgreSQL URL: a pg pool with bounded waits, and transactions that always give their connection back. */
export function postgresAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPg({
    connectionString: url,
    max: Number(process.env.LISIERE_DB_POOL) || DEFAULT_POOL_SIZE,
    // A request waits this long for a free connection, then fails as "busy" rather than hanging.
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    // No statement of the app runs for minutes; one that does is stuck, not slow.
    statement_timeout: 120_000,
    application_name: "lisiere",
  });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => withTransactionsThatEnd(await inner.connect()),
    connectToShadowDb: () => inner.connectToShadowDb(),
  };
}

/**
 * PostgreSQL driver adapter for the Prisma CLI only (loaded from prisma.config.ts, never by the app).
 *
 * The wasm schema engine works with @prisma/adapter-pg 6.19 once three gaps are closed
 * (../shared/notes/stack.md, prisma/orm#27403):
 *  1. Its introspection reads catalog columns of type `name` (oid 19) and `"char"` (oid 18), which
 *     the adapter refuses as unsupported: report them as text.
 *  2. The shadow database is named by spreading `{ ...config, database }`, which a connectionString
 *     overrides: pass discrete connection fields instead.
 *  3. It drops the shadow database while its own pool still holds connections, so DROP fails and
 *     the database is left behind: close the pool first.
 * The long timers the engine leaves pending are unref'd as for SQLite (cli-adapter.ts).
 */
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { unrefLongTimers } from "./cli-adapter";

const TEXT_OID = 25;
const CATALOG_TEXT_OIDS = new Set([18, 19]);

let catalogTypesPatched = false;

/** Fix 1, on the adapter's shared query path (PgQueryable.prototype.performIO), once per CLI process. */
function reportCatalogTypesAsText(adapter: SqlDriverAdapter): void {
  if (catalogTypesPatched) return;
  let proto: unknown = adapter;
  while (proto && !Object.hasOwn(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  if (!proto) throw new Error("@prisma/adapter-pg changed: no performIO to patch (prisma/cli-adapter-pg.ts)");
  const target = proto as { performIO: (query: unknown) => Promise<pg.QueryResult> };
  const original = target.performIO;
  target.performIO = async function (this: unknown, query: unknown) {
    const result = await original.call(this, query);
    for (const field of result?.fields ?? []) if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    return result;
  };
  catalogTypesPatched = true;
}

/** Fix 2: the URL as discrete pg connection fields. */
export function connectionFields(url: string): pg.PoolConfig {
  const parsed = new URL(url);
  const params = parsed.searchParams;
  return {
    host: params.get("host") ?? (decodeURIComponent(parsed.hostname) || "localhost"),
    port: Number(params.get("port") ?? parsed.port) || 5432,
    user: decodeURIComponent(parsed.username) || params.get("user") || undefined,
    password: decodeURIComponent(parsed.password) || params.get("password") || undefined,
    database: decodeURIComponent(parsed.pathname.slice(1)) || undefined,
    ssl: params.get("sslmode") && params.get("sslmode") !== "disable" ? { rejectUnauthorized: params.get("sslmode") === "verify-full" } : undefined,
  };
}

export function createCliPostgresAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  unrefLongTimers();
  const config = connectionFields(url);
  const base = new PrismaPg(config);
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      const adapter = await base.connect();
      reportCatalogTypesAsText(adapter);
      return adapter;
    },
    // Fix 3: our own shadow database, whose pool is closed before it is dropped.
    async connectToShadowDb() {
      const admin = new pg.Client(config);
      await admin.connect();
      const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replace(/-/g, "")}`;
      await admin.query(`CREATE DATABASE "${database}"`);
      const shadow = new PrismaPg({ ...config, database });
      const adapter = await shadow.connect();
      reportCatalogTypesAsText(adapter);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
        await admin.end();
      };
      return adapter;
    },
  };
}

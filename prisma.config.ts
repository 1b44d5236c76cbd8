import path from "node:path";
import { defineConfig } from "prisma/config";
import { createCliAdapterFactory } from "./prisma/cli-adapter";
import { createCliPostgresAdapterFactory } from "./prisma/cli-adapter-pg";
import { databaseKind, resolveDatabaseFile, databaseUrl } from "./server/db/database-url";

// SQLite by default; DATABASE_URL=postgres://… selects the PostgreSQL schema (generated from the
// SQLite one by scripts/postgres-schema.mjs) and its own migrations folder.
const postgres = databaseKind() === "postgres";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? path.join("prisma", "postgres", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: { path: postgres ? path.join("prisma", "postgres", "migrations") : path.join("prisma", "migrations") },
  adapter: async () => (postgres ? createCliPostgresAdapterFactory(databaseUrl()) : createCliAdapterFactory(resolveDatabaseFile())),
});

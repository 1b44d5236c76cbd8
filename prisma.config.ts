import path from "node:path";
import { defineConfig } from "prisma/config";
import { createCliAdapterFactory } from "./prisma/cli-adapter";
import { resolveDatabaseFile } from "./server/db/database-url";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => createCliAdapterFactory(resolveDatabaseFile()),
});

import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": path.resolve(import.meta.dirname) },
  },
  test: {
    include: ["{core,server,editor,components,i18n,cli,app,prisma}/**/*.test.{ts,tsx}", "tests/integration/**/*.test.ts"],
    exclude: ["node_modules", ".next", "tests/e2e/**"],
    environment: "node",
    globalSetup: ["tests/integration/global-setup.ts"],
    // Integration tests share one template database and write per-file copies; keep files parallel.
    pool: "forks",
    testTimeout: 20_000,
  },
});

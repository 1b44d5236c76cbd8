import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // server-only throws unless resolved with React Server Components' "react-server" condition, which
      // Next.js sets for server code; tests run that code as plain Node, so it is the marker's empty module.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["{core,server,editor,components,actions,i18n,cli,app,prisma}/**/*.test.{ts,tsx}", "tests/integration/**/*.test.ts"],
    exclude: ["node_modules", ".next", "tests/e2e/**"],
    environment: "node",
    globalSetup: ["tests/integration/global-setup.ts"],
    // Integration tests share one template database and write per-file copies; keep files parallel.
    pool: "forks",
    // A guard against hangs, not a timing goal (those live in `npm run bench`). The CLI tests start
    // several node processes each and take 10-15 s on the CI machine; 20 s left too little margin
    // when the machine is busy (one timed out at 22 s under load).
    testTimeout: 60_000,
    // Same for hooks: cli-glossary's beforeAll spawns the CLI and passed the 10 s default once.
    hookTimeout: 60_000,
  },
});

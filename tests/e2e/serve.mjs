/** Starts the built app for the end-to-end tests on a new database holding only the demo article. */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { SERVER_CONDITIONS } from "../../scripts/server-conditions.mjs";

const port = process.argv[2] ?? "3100";
const root = path.resolve(import.meta.dirname, "../..");
const file = path.join(root, "data", "e2e.db");
for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
export const env = { ...process.env, DATABASE_URL: `file:${file}`, NEXT_TELEMETRY_DISABLED: "1" };
for (const [cmd, args] of [
  ["prisma", ["migrate", "deploy"]],
  ["tsx", [...SERVER_CONDITIONS, "prisma/seed/main.ts"]],
]) {
  const result = spawnSync(path.join(root, "node_modules/.bin", cmd), args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

/** Starts the built app for the end-to-end tests on a new database holding only the demo article. */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { SERVER_CONDITIONS } from "../../scripts/server-conditions.mjs";
import { E2E_ENV, resetE2eDatabase } from "./e2e-database.mjs";

const port = process.argv[2] ?? "3100";
const root = path.resolve(import.meta.dirname, "../..");
resetE2eDatabase();
export const env = { ...process.env, ...E2E_ENV };
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

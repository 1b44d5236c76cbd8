#!/usr/bin/env node
/**
 * The two commands. Uses only Node built-ins, because it runs before dependencies are installed.
 *   npm start  → install if missing, generate the client, migrate, seed the demo, build if stale,
 *                serve (restarted if it dies: supervise.mjs)
 *   npm test   → install if missing, generate, lint, type-check, unit + integration, build, end-to-end
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { postgresBinDir, startPostgresCluster } from "./postgres-cluster.mjs";
import { SERVER_CONDITIONS } from "./server-conditions.mjs";
import { superviseUntilSignalled } from "./supervise.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const SOURCE_DIRS = ["app", "actions", "components", "core", "editor", "i18n", "locales", "server", "public"];
const SOURCE_FILES = ["next.config.js", "proxy.ts", "instrumentation.ts", "package-lock.json", "tsconfig.json", "prisma/schema.prisma"];

function log(message) {
  process.stderr.write(`\x1b[1m▸ ${message}\x1b[0m\n`);
}

function run(command, args, options = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit", ...options });
  if (result.status !== 0) {
    process.stderr.write(`\n✗ ${path.basename(command)} ${args.join(" ")} failed (exit ${result.status ?? result.signal})\n`);
    process.exit(result.status || 1);
  }
  return Date.now() - started;
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && !entry.parentPath.includes("generated")) newest = Math.max(newest, mtime(path.join(entry.parentPath, entry.name)));
  }
  return newest;
}

function installDependencies() {
  const marker = path.join(root, "node_modules", ".package-lock.json");
  if (fs.existsSync(marker) && mtime(marker) >= mtime(path.join(root, "package-lock.json"))) return;
  log("Installing dependencies (npm ci)…");
  const ms = run("npm", ["ci", "--no-audit", "--no-fund"]);
  log(`Dependencies installed in ${(ms / 1000).toFixed(1)} s`);
}

/**
 * Both Prisma clients, from one schema: SQLite's, and PostgreSQL's from the generated copy of the
 * schema (scripts/postgres-schema.mjs), so that either DATABASE_URL works with the same build.
 */
function generateClient() {
  const schema = path.join(root, "prisma/schema.prisma");
  const pgSchema = path.join(root, "prisma/postgres/schema.prisma");
  if (mtime(pgSchema) < mtime(schema)) run(process.execPath, [path.join(root, "scripts/postgres-schema.mjs")]);
  const clients = [
    [path.join(root, "server/db/generated/client.ts"), schema],
    [path.join(root, "server/db/generated-pg/client.ts"), pgSchema],
  ];
  for (const [client, source] of clients) {
    if (mtime(client) >= mtime(source)) continue;
    log(`Generating the Prisma client (${path.relative(root, source)})…`);
    run(bin("prisma"), ["generate", "--schema", source], { stdio: ["ignore", "ignore", "inherit"] });
  }
}

function migrateAndSeed(databaseUrl) {
  const dbEnv = { ...env, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
  log(`Applying migrations to ${dbEnv.DATABASE_URL ?? "file:./data/lisiere.db"}…`);
  run(bin("prisma"), ["migrate", "deploy"], { env: dbEnv, stdio: ["ignore", "ignore", "inherit"] });
  run(bin("tsx"), [...SERVER_CONDITIONS, "prisma/seed/main.ts"], { env: dbEnv });
}

function buildIfStale(options = {}) {
  const built = mtime(path.join(root, ".next/BUILD_ID"));
  const newest = Math.max(...SOURCE_DIRS.map((d) => newestMtime(path.join(root, d))), ...SOURCE_FILES.map((f) => mtime(path.join(root, f))));
  if (built > newest) return;
  log("Building the app (next build)…");
  const ms = run(bin("next"), ["build"], options);
  log(`Built in ${(ms / 1000).toFixed(1)} s`);
}

/** Installs a Debian package when its program is missing (as root with apt), else explains and stops. */
function ensureDebianTool(program, pkg, purpose) {
  if (fs.existsSync(program)) return;
  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    log(`Installing Debian's ${pkg} for ${purpose}…`);
    run("sh", ["-c", `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`]);
    return;
  }
  process.stderr.write(`✗ No ${program}. Install Debian's package (apt-get install ${pkg})${pkg === "chromium" ? " or set CHROMIUM_PATH" : ""}.\n`);
  process.exit(1);
}

const ensureChromium = () => ensureDebianTool(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", "chromium", "the end-to-end tests");
const ensureXmllint = () => ensureDebianTool("/usr/bin/xmllint", "libxml2-utils", "validating XLIFF exports");

function portFromArgs(args) {
  const index = args.findIndex((a) => a === "--port" || a === "-p");
  return index >= 0 ? args[index + 1] : (process.env.PORT ?? "3000");
}

/** Serves the build; if the server dies it is started again (supervise.mjs), until Ctrl+C or SIGTERM. */
function serve(args) {
  const port = portFromArgs(args);
  log(`Serving on http://localhost:${port}`);
  superviseUntilSignalled({ command: bin("next"), args: ["start", "-p", port], spawnOptions: { cwd: root, env, stdio: "inherit" }, log });
}

const [command = "start", ...args] = process.argv.slice(2);
const started = Date.now();
installDependencies();
generateClient();

switch (command) {
  case "setup":
    migrateAndSeed();
    break;
  case "start":
    migrateAndSeed();
    buildIfStale();
    serve(args);
    break;
  case "dev":
    migrateAndSeed();
    run(bin("next"), ["dev", "-p", portFromArgs(args)]);
    break;
  case "bench":
    // Build output goes to stderr: stdout carries only the JSON figures.
    buildIfStale({ stdio: ["ignore", 2, 2] });
    run(bin("tsx"), [...SERVER_CONDITIONS, "bench/run.ts"]);
    break;
  case "test": {
    const timings = {};
    const step = (name, fn) => {
      log(name);
      const t0 = Date.now();
      fn();
      timings[name] = `${((Date.now() - t0) / 1000).toFixed(1)} s`;
    };
    step("Lint (eslint)", () => run(bin("eslint"), ["--max-warnings=0", "."]));
    step("Format (prettier --check)", () => run(bin("prettier"), ["--check", "--log-level=warn", "."]));
    step("Type-check (tsc)", () => run(bin("tsc"), ["--noEmit"]));
    step("Unit and integration tests (vitest)", () => {
      ensureXmllint();
      run(bin("vitest"), ["run"]);
    });
    step("Production build", () => buildIfStale());
    step("End-to-end tests (Playwright + Chromium)", () => {
      ensureChromium();
      run(bin("playwright"), ["test", ...args]);
    });
    // The same integration and end-to-end suites on PostgreSQL, on a throwaway cluster, when its
    // server programs are installed (.ci/run installs them); said plainly when they are not.
    if (postgresBinDir()) {
      const cluster = await startPostgresCluster({ log });
      process.on("exit", cluster.stop);
      const pgEnv = { ...env, LISIERE_TEST_POSTGRES_URL: cluster.url, LISIERE_E2E_POSTGRES_URL: cluster.url };
      step("Integration tests on PostgreSQL (vitest)", () => run(bin("vitest"), ["run", "tests/integration"], { env: pgEnv }));
      step("End-to-end tests on PostgreSQL (Playwright + Chromium)", () => run(bin("playwright"), ["test", ...args], { env: pgEnv }));
      cluster.stop();
    } else {
      log("PostgreSQL is not installed: the integration and end-to-end suites ran on SQLite only (apt-get install postgresql to run them on both).");
      timings["PostgreSQL"] = "skipped: not installed";
    }
    log(`All tests passed in ${((Date.now() - started) / 1000).toFixed(1)} s ${JSON.stringify(timings)}`);
    break;
  }
  default:
    process.stderr.write(`unknown command ${command}\n`);
    process.exit(2);
}

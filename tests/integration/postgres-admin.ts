import { execFileSync } from "node:child_process";
import { postgresProgram } from "../../scripts/postgres-cluster.mjs";

/**
 * Runs one SQL statement as the cluster's superuser, synchronously: a test file's database must
 * exist before its module body goes on (createTestDb is called at the top of test files).
 */
export function runPsql(adminUrl: string, sql: string): string {
  return execFileSync(postgresProgram("psql"), [adminUrl, "-v", "ON_ERROR_STOP=1", "-Atqc", sql], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** The URL of database `name` on the server of `adminUrl`. */
export function postgresDatabaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops every database whose name starts with `prefix` (the run's template and copies). */
export function dropDatabases(adminUrl: string, prefix: string): void {
  const names = runPsql(adminUrl, `SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'`).split("\n").filter(Boolean);
  for (const name of names) runPsql(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

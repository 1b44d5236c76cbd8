/**
 * The database the end-to-end tests run against, in one place for serve.mjs, the second servers and
 * the auditing queries of e2e-db.ts: a SQLite file under data/ by default; with
 * LISIERE_E2E_POSTGRES_URL (a superuser URL, set by `npm test` after starting a throwaway cluster)
 * a PostgreSQL database `lisiere_e2e` on that server.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { postgresProgram } from "../../scripts/postgres-cluster.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const postgresAdmin = process.env.LISIERE_E2E_POSTGRES_URL ?? "";

export const E2E_ENGINE = postgresAdmin ? "postgres" : "sqlite";
export const E2E_SQLITE_FILE = path.join(root, "data", "e2e.db");

function postgresUrl(name) {
  const url = new URL(postgresAdmin);
  url.pathname = `/${name}`;
  return url.toString();
}

export const E2E_DATABASE_URL = postgresAdmin ? postgresUrl("lisiere_e2e") : `file:${E2E_SQLITE_FILE}`;

/** What every app server of the tests needs besides the database (the same secret: several servers share sessions). */
export const E2E_ENV = {
  DATABASE_URL: E2E_DATABASE_URL,
  NEXT_TELEMETRY_DISABLED: "1",
  ...(postgresAdmin ? { BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "end-to-end-tests-secret-of-at-least-32-chars" } : {}),
};

/** Runs SQL on the e2e PostgreSQL database (or, with `admin`, as the superuser) and returns psql's unaligned output. */
export function runPostgres(sql, { admin = false } = {}) {
  return execFileSync(postgresProgram("psql"), [admin ? postgresAdmin : E2E_DATABASE_URL, "-v", "ON_ERROR_STOP=1", "-Atqc", sql], { encoding: "utf8" });
}

/** Deletes the e2e database so that the next migration starts from nothing. */
export function resetE2eDatabase() {
  if (postgresAdmin) {
    runPostgres('DROP DATABASE IF EXISTS "lisiere_e2e" WITH (FORCE)', { admin: true });
    runPostgres('CREATE DATABASE "lisiere_e2e"', { admin: true });
    return;
  }
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(E2E_SQLITE_FILE + suffix, { force: true });
}

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { dropDatabases, postgresDatabaseUrl, runPsql } from "./postgres-admin";

/**
 * Migrates one template database with the real Prisma CLI (`migrate deploy`), once per run; each
 * integration test file then works on its own copy of it. SQLite by default; with
 * LISIERE_TEST_POSTGRES_URL (a superuser URL, set by `npm test` after starting a throwaway cluster)
 * the template is a PostgreSQL database and copies are `CREATE DATABASE … TEMPLATE`.
 */
export default function setup(project: TestProject) {
  const admin = process.env.LISIERE_TEST_POSTGRES_URL;
  if (admin) {
    const prefix = `lisiere_test_${process.pid}`;
    const template = `${prefix}_template`;
    runPsql(admin, `CREATE DATABASE "${template}"`);
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: postgresDatabaseUrl(admin, template) },
      stdio: "pipe",
    });
    project.provide("templateDb", template);
    project.provide("postgresAdmin", admin);
    return () => dropDatabases(admin, prefix);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lisiere-test-"));
  const file = path.join(dir, "template.db");
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: "pipe",
  });
  project.provide("templateDb", file);
  project.provide("postgresAdmin", "");
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The SQLite template file, or the PostgreSQL template database's name. */
    templateDb: string;
    /** The PostgreSQL superuser URL when the run is on PostgreSQL, else "". */
    postgresAdmin: string;
  }
}

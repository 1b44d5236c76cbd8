import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { userActor, type Actor } from "@/server/access/actor";
import type { Role } from "@/core/access/permissions";
import { openDatabase, type Db } from "@/server/db/client";
import { postgresDatabaseUrl, runPsql } from "./postgres-admin";

/** Which database the run's integration tests are on (`npm test` runs them on both when it can). */
export const testDatabaseKind: "sqlite" | "postgres" = inject("postgresAdmin") ? "postgres" : "sqlite";

let copies = 0;

/**
 * A fresh, migrated database for one test file (a copy of the run's template): `file` is the SQLite
 * file (empty on PostgreSQL), `url` what DATABASE_URL must say for code that opens it itself.
 */
export function createTestDb(): { db: Db; file: string; url: string } {
  const template = inject("templateDb");
  const admin = inject("postgresAdmin");
  if (admin) {
    const name = `${template.replace(/_template$/, "")}_${process.pid}_${++copies}_${Math.random().toString(36).slice(2, 8)}`;
    runPsql(admin, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    const url = postgresDatabaseUrl(admin, name);
    process.env.BETTER_AUTH_SECRET ??= "integration-tests-secret-of-at-least-32-characters";
    return { db: openDatabase(url), file: "", url };
  }
  const file = path.join(path.dirname(template), `test-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
  fs.copyFileSync(template, file);
  // The client the app uses (WAL, transactions that always end, storage failures as coded errors).
  const db = openDatabase(file);
  return { db, file, url: `file:${file}` };
}

let userCounter = 0;

/** Creates a user, and a membership with `role` in `projectId` when given. */
export async function createUser(db: Db, options: { projectId?: string; role?: Role } = {}): Promise<Actor> {
  const id = `user-${++userCounter}-${Math.random().toString(36).slice(2, 8)}`;
  await db.user.create({ data: { id, email: `${id}@example.test`, name: id } });
  if (options.projectId) await db.membership.create({ data: { projectId: options.projectId, userId: id, role: options.role ?? "translator" } });
  return userActor(id);
}

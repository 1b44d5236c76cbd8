import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { migrationsDir, shippedMigrations } from "@/server/db/migrate";
import { postgresSchema, POSTGRES_SCHEMA } from "../../scripts/postgres-schema.mjs";
import { testDatabaseKind } from "./test-db";
import { postgresDatabaseUrl, runPsql } from "./postgres-admin";

// One data model, two engines: prisma/schema.prisma is the source; PostgreSQL's schema is generated
// from it and its migrations are written beside SQLite's. These checks fail the run when they drift.

/** The PostgreSQL baseline holds every SQLite migration up to its own timestamp. */
const BASELINE = "20261209000000_postgres_baseline";
const prisma = path.resolve("node_modules/.bin/prisma");

/** `prisma migrate diff` from a migrations folder to a schema, as a script (empty when they describe the same database). */
function migrationsToSchemaDiff(dir: string, schema: string, databaseUrl: string): { out: string } {
  const result = spawnSync(prisma, ["migrate", "diff", "--from-migrations", dir, "--to-schema-datamodel", schema, "--script"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return { out: result.stdout + result.stderr };
}

/**
 * The statements of a diff script that are real drift. SQLite's full-text indexes of the memory
 * (FTS5 virtual tables and their shadow tables, migration 20261207050000) are outside Prisma's model,
 * so the diff always offers to drop them: those, and the PRAGMAs around them, are not drift. Nor is
 * PostgreSQL's trigram index of the memory (migration 20261209000100_postgres_memory_search): Prisma
 * cannot model an operator class without a preview feature, so it offers to drop it too (the
 * expression indexes of that migration it does not see at all).
 */
function driftStatements(script: string): string[] {
  return script
    .split(";")
    .map((statement) =>
      statement
        .split("\n")
        .filter((line) => !line.startsWith("--") && !line.startsWith("Loaded Prisma config"))
        .join("\n")
        .trim(),
    )
    .filter(
      (statement) =>
        statement !== "" &&
        !/^PRAGMA /.test(statement) &&
        !/^DROP TABLE "Tm(Source|Target)(Index|Vocabulary)\w*"$/.test(statement) &&
        statement !== 'DROP INDEX "TmUnit_targetText_trigram_idx"',
    );
}

describe("the PostgreSQL schema and migrations are kept in step with SQLite's", () => {
  it("prisma/postgres/schema.prisma is what scripts/postgres-schema.mjs makes of prisma/schema.prisma", () => {
    const expected = postgresSchema(fs.readFileSync("prisma/schema.prisma", "utf8"));
    expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8"), "run: node scripts/postgres-schema.mjs").toBe(expected);
  });

  it("every SQLite migration after the baseline has a PostgreSQL migration of the same name, and nothing else but PostgreSQL-only ones", () => {
    const sqlite = shippedMigrations("sqlite");
    const postgres = shippedMigrations("postgres");
    expect(postgres[0]).toBe(BASELINE);
    const later = sqlite.filter((name) => name > BASELINE);
    expect(
      later.filter((name) => !postgres.includes(name)),
      "write prisma/postgres/migrations/<same name>/migration.sql",
    ).toEqual([]);
    const extra = postgres.filter((name) => name !== BASELINE && !sqlite.includes(name));
    expect(
      extra.filter((name) => !name.includes("postgres")),
      "a PostgreSQL-only migration says so in its name",
    ).toEqual([]);
  });

  it("SQLite's migrations build exactly prisma/schema.prisma", { timeout: 120_000 }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lisiere-drift-"));
    try {
      const { out } = migrationsToSchemaDiff(migrationsDir("sqlite"), "prisma/schema.prisma", `file:${path.join(dir, "drift.db")}`);
      expect(out).not.toMatch(/Error:/);
      expect(driftStatements(out)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(testDatabaseKind !== "postgres")("PostgreSQL's migrations build exactly prisma/postgres/schema.prisma", { timeout: 120_000 }, () => {
    const admin = inject("postgresAdmin");
    const name = `${inject("templateDb").replace(/_template$/, "")}_drift`;
    runPsql(admin, `CREATE DATABASE "${name}"`);
    const { out } = migrationsToSchemaDiff(migrationsDir("postgres"), POSTGRES_SCHEMA, postgresDatabaseUrl(admin, name));
    expect(out).not.toMatch(/Error:/);
    expect(driftStatements(out)).toEqual([]);
  });
});

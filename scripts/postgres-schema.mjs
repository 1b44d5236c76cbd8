#!/usr/bin/env node
/**
 * Writes prisma/postgres/schema.prisma from prisma/schema.prisma, the one source of truth for the
 * data model. Prisma fixes the provider per schema file, so PostgreSQL needs a file of its own; only
 * the header differs (provider, placeholder URL, client output folder). `--check` exits 1 when the
 * committed copy has drifted (run by a unit test), without writing.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE = path.join(root, "prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join(root, "prisma", "postgres", "schema.prisma");

const BANNER = "// GENERATED from prisma/schema.prisma by scripts/postgres-schema.mjs — do not edit; edit the source and run it.\n";

/** The PostgreSQL schema text for a SQLite schema text. Throws when the header is not the expected one. */
export function postgresSchema(sqlite) {
  const swaps = [
    [/provider\s*=\s*"sqlite"/, 'provider = "postgresql"'],
    [/url\s*=\s*"file:[^"]*"/, 'url      = "postgresql://placeholder@localhost/placeholder"'],
    [/output\s*=\s*"\.\.\/server\/db\/generated"/, 'output       = "../../server/db/generated-pg"'],
  ];
  let text = sqlite;
  for (const [pattern, replacement] of swaps) {
    if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: expected ${pattern} in its header`);
    text = text.replace(pattern, replacement);
  }
  return BANNER + text;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const expected = postgresSchema(fs.readFileSync(SOURCE, "utf8"));
  const current = fs.existsSync(POSTGRES_SCHEMA) ? fs.readFileSync(POSTGRES_SCHEMA, "utf8") : "";
  if (process.argv.includes("--check")) {
    if (current !== expected) {
      process.stderr.write("prisma/postgres/schema.prisma has drifted from prisma/schema.prisma: run node scripts/postgres-schema.mjs\n");
      process.exit(1);
    }
  } else if (current !== expected) {
    fs.mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
    fs.writeFileSync(POSTGRES_SCHEMA, expected);
  }
}

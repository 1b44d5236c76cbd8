/**
 * The databases a bench section runs on, for figures side by side in one run: a fresh SQLite file,
 * and a fresh PostgreSQL database on a throwaway cluster when PostgreSQL's server programs are
 * installed (scripts/postgres-cluster.mjs; BENCH_SKIP_POSTGRES=1 leaves it out). Each is migrated
 * with Prisma's own `migrate deploy` and opened as the app opens it.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase, type Db } from "../server/db/client";
import { postgresBinDir, startPostgresCluster } from "../scripts/postgres-cluster.mjs";

export interface BenchEngine {
  name: "sqlite" | "postgres";
  db: Db;
  url: string;
}

let cluster: Awaited<ReturnType<typeof startPostgresCluster>> | null = null;
let created = 0;

function migrate(url: string): void {
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
}

/** Runs `work` on each available engine, each with a database of its own, and returns the figures by engine. */
export async function onEachEngine<T>(work: (engine: BenchEngine) => Promise<T>): Promise<Record<string, T | { skipped: string }>> {
  const out: Record<string, T | { skipped: string }> = {};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lisiere-bench-"));
  try {
    const file = path.join(dir, `bench-${++created}.db`);
    migrate(`file:${file}`);
    const db = openDatabase(file);
    try {
      out.sqlite = await work({ name: "sqlite", db, url: `file:${file}` });
    } finally {
      await db.$disconnect();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  out.postgres = await onPostgres(work);
  return out;
}

/** Runs `work` on a fresh, migrated PostgreSQL database of the bench's cluster, or says why it cannot. */
export async function onPostgres<T>(work: (engine: BenchEngine) => Promise<T>): Promise<T | { skipped: string }> {
  if (process.env.BENCH_SKIP_POSTGRES || !postgresBinDir())
    return { skipped: process.env.BENCH_SKIP_POSTGRES ? "BENCH_SKIP_POSTGRES" : "PostgreSQL is not installed" };
  cluster ??= await startPostgresCluster({ durable: true });
  process.once("exit", () => cluster?.stop());
  const name = `lisiere_bench_${++created}`;
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(cluster.url);
  url.pathname = `/${name}`;
  migrate(url.toString());
  process.env.BETTER_AUTH_SECRET ??= "bench-secret-of-at-least-thirty-two-characters";
  const db = openDatabase(url.toString());
  try {
    return await work({ name: "postgres", db, url: url.toString() });
  } finally {
    await db.$disconnect();
  }
}

/** Stops the cluster, if one was started (call once the last section is done). */
export function stopBenchClusters(): void {
  cluster?.stop();
  cluster = null;
}

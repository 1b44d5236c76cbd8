/**
 * The translation memory on SQLite and on PostgreSQL, the same units and queries on each: time to
 * write the memory (writeUnits), fuzzy lookup p50/p95, concordance p50/p95, and how many queries
 * got the same top score on both (the engines' candidate finders must agree: candidates.ts).
 * PostgreSQL: LISIERE_BENCH_POSTGRES_URL (a superuser URL), else a throwaway cluster of its own.
 * `npx tsx --conditions=react-server bench/tm-engines.ts` (BENCH_TM_ENGINES_SIZE, default 100,000).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { userActor } from "../server/access/actor";
import { openDatabase, type Db } from "../server/db/client";
import { createProject } from "../server/projects/create-project";
import { findMatches } from "../server/tm/find-matches";
import { searchConcordance } from "../server/tm/search-concordance";
import { writeUnits } from "../server/tm/write-units";
import { startPostgresCluster } from "../scripts/postgres-cluster.mjs";
import { freshDatabase } from "./fresh-database";
import { random } from "./random";
import { type Corpus, loadCorpus, perturb, unitAt } from "./tm-corpus";

const BATCH = 10_000;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
};

async function fill(db: Db, corpus: Corpus, size: number): Promise<{ projectId: string; writeSeconds: number }> {
  await db.user.create({ data: { id: "bench", email: "bench@example.test", name: "Bench" } });
  const { id: projectId } = await createProject(db, { actor: userActor("bench"), name: "Bench memory" });
  const started = performance.now();
  for (let from = 0; from < size; from += BATCH) {
    const units = Array.from({ length: Math.min(BATCH, size - from) }, (_, k) => {
      const pair = unitAt(corpus, from + k);
      return { sourceText: pair.source, targetText: pair.target, status: "translated" as const, origin: "segment" as const };
    });
    await db.$transaction((tx) => writeUnits(tx, projectId, units), { timeout: 600_000 });
  }
  return { projectId, writeSeconds: Math.round((performance.now() - started) / 100) / 10 };
}

async function measure(db: Db, projectId: string, queries: readonly string[], phrases: readonly string[]) {
  for (const query of queries.slice(0, 5)) await findMatches(db, { projectId, sourceText: query });
  const fuzzy: number[] = [];
  const tops: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    const matches = await findMatches(db, { projectId, sourceText: query });
    fuzzy.push(performance.now() - started);
    tops.push(matches[0]?.score ?? 0);
  }
  const concordance: number[] = [];
  const hits: number[] = [];
  for (const [k, text] of phrases.entries()) {
    const started = performance.now();
    hits.push((await searchConcordance(db, { projectId, text, lang: k % 2 === 0 ? "fr" : "en" })).length);
    concordance.push(performance.now() - started);
  }
  return {
    result: {
      fuzzyMs: { p50: percentile(fuzzy, 50), p95: percentile(fuzzy, 95) },
      concordanceMs: { p50: percentile(concordance, 50), p95: percentile(concordance, 95) },
    },
    tops,
    hits,
  };
}

export async function benchTmEngines() {
  const size = Number(process.env.BENCH_TM_ENGINES_SIZE ?? 100_000);
  const corpus = loadCorpus();
  const rand = random(size + 7);
  const queries = Array.from({ length: Number(process.env.BENCH_TM_QUERIES ?? 200) }, (_, q) =>
    perturb(corpus, unitAt(corpus, Math.floor(rand() * size)).source, 1000 + q),
  );
  // French words (even) and English words (odd) of stored units, for concordance.
  const phrases = Array.from({ length: 100 }, (_, k) => {
    const pair = unitAt(corpus, Math.floor(rand() * size));
    const words = (k % 2 === 0 ? pair.source : pair.target).split(" ").filter((w) => /^[\p{L}]{4,}$/u.test(w));
    return words[Math.floor(rand() * words.length)] ?? "chaîne";
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lisiere-bench-tm-engines-"));
  const cluster = process.env.LISIERE_BENCH_POSTGRES_URL ? null : await startPostgresCluster();
  try {
    const sqlite = freshDatabase(path.join(dir, "memory.db"));
    const filledSqlite = await fill(sqlite, corpus, size);
    const onSqlite = await measure(sqlite, filledSqlite.projectId, queries, phrases);
    await sqlite.$disconnect();

    const admin = new URL(process.env.LISIERE_BENCH_POSTGRES_URL ?? cluster!.url);
    const name = `lisiere_bench_tm_${process.pid}`;
    execFileSync("psql", [admin.href, "-c", `CREATE DATABASE "${name}"`], { stdio: "ignore" });
    const url = new URL(admin.href);
    url.pathname = `/${name}`;
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url.href }, stdio: "ignore" });
    const postgres = openDatabase(url.href);
    const filledPostgres = await fill(postgres, corpus, size);
    // What autovacuum does after a bulk write on a running server: flush GIN's pending list, gather statistics.
    await postgres.$executeRawUnsafe('VACUUM ANALYZE "TmUnit"');
    const onPostgres = await measure(postgres, filledPostgres.projectId, queries, phrases);
    await postgres.$disconnect();
    execFileSync("psql", [admin.href, "-c", `DROP DATABASE "${name}"`], { stdio: "ignore" });

    return {
      units: size,
      queries: queries.length,
      concordanceQueries: phrases.length,
      sqlite: { writeSeconds: filledSqlite.writeSeconds, ...onSqlite.result },
      postgres: { writeSeconds: filledPostgres.writeSeconds, ...onPostgres.result },
      sameTopScore: onSqlite.tops.filter((score, k) => score === onPostgres.tops[k]).length,
      // Hits of each French (even) and English (odd) search: French reads the same keys on both;
      // English stems differ (Porter on SQLite, Snowball on PostgreSQL), and so may a few hits.
      sameConcordanceHits: {
        french: onSqlite.hits.filter((n, k) => k % 2 === 0 && n === onPostgres.hits[k]).length,
        english: onSqlite.hits.filter((n, k) => k % 2 === 1 && n === onPostgres.hits[k]).length,
      },
      loadAverage1m: Math.round(os.loadavg()[0] * 100) / 100,
      cpus: os.cpus().length,
    };
  } finally {
    cluster?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(JSON.stringify(await benchTmEngines(), null, 2));

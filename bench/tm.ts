/**
 * Translation memory speed and recall: memories of 100,000 and 1,000,000 units (BENCH_TM_SIZES)
 * written by writeUnits into real SQLite files, cached under the temp folder by VERSION (delete the
 * folder or bump VERSION when the generator, the keys or the schema change). Queries are units with
 * 1–3 edits (tm-corpus.ts). Figures: fuzzy lookup p50/p95, a brute-force baseline in this process
 * (a linear scan scoring every unit with the same scorer) and the speedup, recall (share of queries
 * whose top score equals the brute force's), concordance p50/p95.
 * Goals: p95 < 50 ms at 100k and < 200 ms at 1M, ≥ 300× the baseline, recall ≥ 99 %, concordance
 * p95 < 100 ms at 1M. `npx tsx --conditions=react-server bench/tm.ts` prints the figures alone.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { openDatabase } from "../server/db/client";
import { userActor } from "../server/access/actor";
import { createProject } from "../server/projects/create-project";
import { findMatches } from "../server/tm/find-matches";
import { searchConcordance } from "../server/tm/search-concordance";
import { writeUnits } from "../server/tm/write-units";
import { freshDatabase } from "./fresh-database";
import { bruteForce, insertUnitsDirectly } from "./tm-brute-force";
import { type Corpus, loadCorpus, perturb, unitAt } from "./tm-corpus";
import { random } from "./random";

const VERSION = "tm-v1";
const CACHE = path.join(os.tmpdir(), "lisiere-bench-tm");
const BATCH = 10_000;
// Larger memories are written with writeUnits' row SQL straight through better-sqlite3 (same
// columns, same keys, same triggers): through Prisma a million units take half an hour here.
const WRITE_UNITS_UP_TO = 200_000;
const envNumber = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
};

/** The cached memory of `size` units, built on first use; returns the file and how long building took. */
async function memoryFile(corpus: Corpus, size: number): Promise<{ file: string; buildSeconds: number | null }> {
  const file = path.join(CACHE, `${VERSION}-${size}.db`);
  if (fs.existsSync(file)) return { file, buildSeconds: null };
  fs.mkdirSync(CACHE, { recursive: true });
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  const started = performance.now();
  const db = freshDatabase(partial);
  await db.user.create({ data: { id: "bench", email: "bench@example.test", name: "Bench" } });
  const { id: projectId } = await createProject(db, { actor: userActor("bench"), name: "Bench memory" });
  if (size <= WRITE_UNITS_UP_TO) {
    for (let from = 0; from < size; from += BATCH) {
      const units = Array.from({ length: Math.min(BATCH, size - from) }, (_, k) => {
        const pair = unitAt(corpus, from + k);
        return { sourceText: pair.source, targetText: pair.target, status: "translated" as const, origin: "segment" as const };
      });
      await db.$transaction((tx) => writeUnits(tx, projectId, units), { timeout: 600_000 });
    }
    await db.$disconnect();
  } else {
    await db.$disconnect();
    insertUnitsDirectly(partial, projectId, size, (n) => unitAt(corpus, n));
  }
  fs.renameSync(partial, file);
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${partial}${suffix}`, { force: true });
  return { file, buildSeconds: Math.round((performance.now() - started) / 1000) };
}

/** Words and two-word phrases of unit sources, for concordance. */
function concordanceQueries(corpus: Corpus, size: number, count: number): string[] {
  const rand = random(4242);
  return Array.from({ length: count }, () => {
    const words = unitAt(corpus, Math.floor(rand() * size))
      .source.split(" ")
      .filter((w) => /^[\p{L}’'-]{4,}$/u.test(w));
    if (words.length === 0) return "chaîne";
    const at = Math.floor(rand() * words.length);
    return rand() < 0.5 || at + 1 >= words.length ? words[at] : `${words[at]} ${words[at + 1]}`;
  });
}

async function benchSize(corpus: Corpus, size: number) {
  const { file, buildSeconds } = await memoryFile(corpus, size);
  const db = openDatabase(file);
  try {
    const project = await db.project.findFirstOrThrow({ where: { name: "Bench memory" }, select: { id: true } });
    const units = await db.tmUnit.count();
    const rand = random(size);
    const queries = Array.from({ length: envNumber("BENCH_TM_QUERIES", 200) }, (_, q) =>
      perturb(corpus, unitAt(corpus, Math.floor(rand() * size)).source, 1000 + q),
    );
    for (const query of queries.slice(0, 5)) await findMatches(db, { projectId: project.id, sourceText: query });
    const times: number[] = [];
    const tops: number[] = [];
    for (const query of queries) {
      const started = performance.now();
      const matches = await findMatches(db, { projectId: project.id, sourceText: query });
      times.push(performance.now() - started);
      tops.push(matches[0]?.score ?? 0);
    }
    const concordance: number[] = [];
    for (const text of concordanceQueries(corpus, size, envNumber("BENCH_TM_CONCORDANCE", 100))) {
      const started = performance.now();
      await searchConcordance(db, { projectId: project.id, text });
      concordance.push(performance.now() - started);
    }
    const brute = bruteForce(
      file,
      queries,
      tops,
      size >= 500_000
        ? { timed: envNumber("BENCH_TM_BASELINE_1M", 1), checked: envNumber("BENCH_TM_RECALL_1M", 30) }
        : { timed: 3, checked: envNumber("BENCH_TM_RECALL_100K", 100) },
    );
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    return {
      units,
      buildSeconds,
      queries: queries.length,
      fuzzyMs: { p50: percentile(times, 50), p95: percentile(times, 95), mean: Math.round(mean * 10) / 10 },
      goalP95Ms: size >= 500_000 ? 200 : 50,
      baseline: { perQueryMs: brute.perQueryMs, queriesTimed: brute.timed },
      speedup: Math.round(brute.perQueryMs / mean),
      recall: { share: brute.recall, queriesChecked: brute.checked, method: brute.method, misses: brute.misses.slice(0, 3) },
      concordanceMs: { p50: percentile(concordance, 50), p95: percentile(concordance, 95), goalP95Ms: 100 },
    };
  } finally {
    await db.$disconnect();
  }
}

export async function benchTm() {
  const corpus = loadCorpus();
  const sizes = (process.env.BENCH_TM_SIZES ?? "100000,1000000").split(",").map(Number);
  const figures: Record<string, unknown> = { speedupGoal: 300, recallGoal: 0.99, cacheFolder: CACHE };
  for (const size of sizes) figures[String(size)] = await benchSize(corpus, size);
  // Timings on a shared machine swing with its load.
  figures.loadAverage1m = Math.round(os.loadavg()[0] * 100) / 100;
  figures.cpus = os.cpus().length;
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(JSON.stringify(await benchTm(), null, 2));

/**
 * Where a fuzzy lookup's time goes on a cached bench memory (bench/tm.ts): total per query and the
 * share spent in $queryRaw (by statement kind) and in findMany. `npx tsx --conditions=react-server
 * bench/tm-profile.ts [size]`.
 */
import os from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../server/db/generated/client";
import type { Db } from "../server/db/client";
import { findMatches } from "../server/tm/find-matches";
import { searchConcordance } from "../server/tm/search-concordance";
import { loadCorpus, perturb, unitAt } from "./tm-corpus";
import { random } from "./random";

const size = Number(process.argv[2] ?? 1_000_000);
const version = process.env.BENCH_TM_VERSION ?? "tm-v1";
const file = path.join(os.tmpdir(), "lisiere-bench-tm", `${version}-${size}.db`);
const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file }) }) as unknown as Db;
const spent = new Map<string, { ms: number; n: number; rows: number }>();
const add = (k: string, ms: number, rows: number) => {
  const s = spent.get(k) ?? { ms: 0, n: 0, rows: 0 };
  s.ms += ms;
  s.n++;
  s.rows += rows;
  spent.set(k, s);
};
const raw = db.$queryRaw.bind(db);
(db as unknown as { $queryRaw: unknown }).$queryRaw = async (strings: TemplateStringsArray, ...values: unknown[]) => {
  const started = performance.now();
  const rows = (await raw(strings, ...values)) as unknown[];
  const text = strings.join("?");
  const kind =
    /TmSourceVocabulary/.test(text) || /TmSourceVocabulary/.test(JSON.stringify(values).slice(0, 2000))
      ? "vocab"
      : /group_concat/.test(text) || /group_concat/.test(JSON.stringify(values).slice(0, 2000))
        ? "postings"
        : /json_group_array/.test(text)
          ? "candidates"
          : /TmAttachment/.test(text)
            ? "memoryOrder"
            : /highlight|bm25/.test(text)
              ? "concordance"
              : "other";
  add(kind, performance.now() - started, rows.length);
  return rows;
};
const tmUnit = db.tmUnit;
const findMany = tmUnit.findMany.bind(tmUnit);
(tmUnit as unknown as { findMany: unknown }).findMany = async (args: unknown) => {
  const started = performance.now();
  const rows = (await findMany(args as never)) as unknown[];
  add("findMany", performance.now() - started, rows.length);
  return rows;
};

const corpus = loadCorpus();
const project = await db.project.findFirstOrThrow({ where: { name: "Bench memory" }, select: { id: true } });
const rand = random(size);
const queries = Array.from({ length: Number(process.env.BENCH_TM_QUERIES ?? 60) }, (_, q) =>
  perturb(corpus, unitAt(corpus, Math.floor(rand() * size)).source, 1000 + q),
);
for (const q of queries.slice(0, 3)) await findMatches(db, { projectId: project.id, sourceText: q });
spent.clear();
const times: number[] = [];
for (const q of queries) {
  const started = performance.now();
  await findMatches(db, { projectId: project.id, sourceText: q });
  times.push(performance.now() - started);
}
const total = times.reduce((a, b) => a + b, 0);
const sorted = [...times].sort((a, b) => a - b);
console.log(
  JSON.stringify({
    size,
    queries: queries.length,
    totalMs: Math.round(total),
    p50: Math.round(sorted[Math.floor(sorted.length / 2)]),
    p95: Math.round(sorted[Math.floor(sorted.length * 0.95)]),
    parts: Object.fromEntries([...spent].map(([k, v]) => [k, { ms: Math.round(v.ms), calls: v.n, rows: v.rows }])),
    load: os.loadavg()[0],
  }),
);
spent.clear();
const ctimes: number[] = [];
const crand = random(4242);
for (let i = 0; i < 30; i++) {
  const words = unitAt(corpus, Math.floor(crand() * size))
    .source.split(" ")
    .filter((w) => /^[\p{L}’'-]{4,}$/u.test(w));
  const at = Math.floor(crand() * words.length);
  const text = crand() < 0.5 || at + 1 >= words.length ? words[at] : `${words[at]} ${words[at + 1]}`;
  const started = performance.now();
  await searchConcordance(db, { projectId: project.id, text: text ?? "chaîne" });
  const ms = performance.now() - started;
  ctimes.push(ms);
  if (ms > 100) console.log("slow concordance", text, Math.round(ms));
}
ctimes.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    concordance: { p50: Math.round(ctimes[15]), p95: Math.round(ctimes[28]) },
    parts: Object.fromEntries([...spent].map(([k, v]) => [k, { ms: Math.round(v.ms), calls: v.n, rows: v.rows }])),
  }),
);
await db.$disconnect();

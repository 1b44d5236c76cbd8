/**
 * The book-length fixture every 200,000-segment figure shares: one scratch database (migrated and
 * seeded with the demo project, whose first account will own it) holding a 200,000-segment document
 * of varied French sentences — real book sentences spliced and varied by tm-corpus.ts — in
 * paragraphs of one to six sentences with a heading every thirty paragraphs, the first third of it
 * translated with mixed statuses. Written straight to the database (import caps at 200,000 and would
 * cost the bench a minute); built once per bench run and reused by the server, browser and export
 * figures.
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../server/db/generated/client";
import { insertRows } from "../server/db/insert-rows";
import type { Db } from "../server/db/client";
import type { BenchEngine } from "./engines";
import { backfillConsistencyKeys } from "../server/qa/backfill-consistency-keys";
import { countWords } from "../core/text/count-words";
import { segmentKeyHashes } from "../core/qa/inconsistent";
import { SERVER_CONDITIONS } from "../scripts/server-conditions.mjs";
import { random } from "./random";
import { loadCorpus, unitAt } from "./tm-corpus";

export const BIG_SEGMENTS = Number(process.env.BENCH_BIG_SEGMENTS ?? 200_000);

export interface BigFixture {
  dir: string;
  file: string;
  projectId: string;
  documentId: string;
  segments: number;
  /** How long writing the document took (not a product figure: the bench's own set-up). */
  buildMs: number;
}

type Row = Record<string, string | number | Date | null>;

/** The rows of the document: paragraphs and segments, deterministic for a given size. */
export function bigDocumentRows(documentId: string, total: number): { paragraphs: Row[]; segments: Row[] } {
  const corpus = loadCorpus();
  const rand = random(200_000);
  const now = new Date();
  const paragraphs: Row[] = [];
  const segments: Row[] = [];
  const translatedUpTo = Math.floor(total / 3);
  for (let n = 0; segments.length < total; n++) {
    const paragraphId = randomUUID();
    const heading = n % 30 === 0;
    paragraphs.push({ id: paragraphId, documentId, position: n, kind: heading ? "heading" : "paragraph", level: heading ? 2 : null });
    const size = heading ? 1 : 1 + Math.floor(rand() * 6);
    for (let k = 0; k < size && segments.length < total; k++) {
      const i = segments.length;
      const unit = unitAt(corpus, i);
      const source = heading
        ? unit.source
            .split(" ")
            .slice(0, 3 + Math.floor(rand() * 5))
            .join(" ")
            .replace(/[,;:.]+$/u, "")
        : unit.source;
      const translated = i < translatedUpTo;
      const target = translated ? (heading ? unit.target.split(" ").slice(0, 5).join(" ") : unit.target) : "";
      const draw = rand();
      segments.push({
        id: randomUUID(),
        documentId,
        paragraphId,
        position: i,
        sourceText: source,
        targetText: target,
        status: translated ? (draw < 0.6 ? "translated" : draw < 0.85 ? "reviewed" : "draft") : "new",
        sourceWords: countWords(source),
        ...segmentKeyHashes(source, target),
        createdAt: now,
        updatedAt: now,
      });
    }
  }
  return { paragraphs, segments };
}

let built: Promise<BigFixture> | null = null;

/** The shared fixture, built on first use; `disposeBigFixture` removes it at the end of the run. */
export function bigFixture(): Promise<BigFixture> {
  built ??= buildFixture();
  return built;
}

let fixtureDir: string | null = null;

/** Removes the fixture's folder; synchronous, so that it also runs on the process's exit after a failure. */
export function disposeBigFixture(): void {
  if (fixtureDir) fs.rmSync(fixtureDir, { recursive: true, force: true });
  fixtureDir = null;
  built = null;
}

async function buildFixture(): Promise<BigFixture> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lisiere-bench-big-"));
  fixtureDir = dir;
  const file = path.join(dir, "bench.db");
  // BENCH_BIG_DB names a copy to reuse between runs (made on the first): the document takes a minute to write.
  const saved = process.env.BENCH_BIG_DB;
  if (saved && fs.existsSync(saved)) {
    fs.copyFileSync(saved, file);
    // A copy saved by an older checkout gets the migrations added since (indexes the figures depend on).
    execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "ignore" });
    const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file }) });
    // …and the columns those migrations added, as `npm start` fills them.
    await backfillConsistencyKeys(db);
    const document = await db.document.findFirstOrThrow({ where: { title: "Bench 200k" }, select: { id: true, projectId: true } });
    const segments = await db.segment.count({ where: { documentId: document.id } });
    await db.$disconnect();
    return { dir, file, projectId: document.projectId, documentId: document.id, segments, buildMs: 0 };
  }
  const env = { ...process.env, DATABASE_URL: `file:${file}` };
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env, stdio: "ignore" });
  execFileSync("node_modules/.bin/tsx", [...SERVER_CONDITIONS, "prisma/seed/main.ts"], { env, stdio: "ignore" });
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file }) });
  try {
    return { dir, file, ...(await writeBigDocument(db as unknown as Db)) };
  } finally {
    await db.$disconnect();
    if (saved) fs.copyFileSync(file, saved);
  }
}

/** Writes the book into the demo project of a seeded database (either engine). */
async function writeBigDocument(db: Db): Promise<{ projectId: string; documentId: string; segments: number; buildMs: number }> {
  const started = performance.now();
  const { projectId } = await db.document.findFirstOrThrow({ select: { projectId: true } });
  const documentId = randomUUID();
  await db.document.create({ data: { id: documentId, projectId, title: "Bench 200k" } });
  const { paragraphs, segments } = bigDocumentRows(documentId, BIG_SEGMENTS);
  await db.$transaction(
    async (tx) => {
      await insertRows(tx, "Paragraph", ["id", "documentId", "position", "kind", "level"], paragraphs);
      await insertRows(
        tx,
        "Segment",
        [
          "id",
          "documentId",
          "paragraphId",
          "position",
          "sourceText",
          "targetText",
          "status",
          "sourceWords",
          "sourceKeyHash",
          "targetKeyHash",
          "createdAt",
          "updatedAt",
        ],
        segments,
      );
    },
    { timeout: 600_000 },
  );
  return { projectId, documentId, segments: segments.length, buildMs: Math.round(performance.now() - started) };
}

/** The same book on another engine's fresh, migrated database (bench/engines.ts): seeded as `npm start` seeds, then written. */
export async function bigFixtureOn(engine: BenchEngine): Promise<Omit<BigFixture, "dir" | "file">> {
  execFileSync("node_modules/.bin/tsx", [...SERVER_CONDITIONS, "prisma/seed/main.ts"], { env: { ...process.env, DATABASE_URL: engine.url }, stdio: "ignore" });
  const written = await writeBigDocument(engine.db);
  // Statistics and the visibility map, as autovacuum leaves them by the time anyone opens the book:
  // without them PostgreSQL plans blind and its index-only scans (the progress sums) read the table.
  if (engine.name === "postgres") await engine.db.$executeRawUnsafe("VACUUM ANALYZE");
  return written;
}

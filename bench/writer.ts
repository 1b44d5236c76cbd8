/**
 * What the one segment writer costs. Every change of a segment goes through
 * server/segments/write-segment.ts (version guard, status machine, revision); the baseline writes
 * the same two rows per change with bare SQL in the same process and database, so the difference
 * is the writer's own overhead.
 */
import { randomUUID } from "node:crypto";
import type { Actor } from "../server/access/actor";
import type { Db } from "../server/db/client";
import { replaceInTargets } from "../server/segments/replace-in-targets";
import { saveSegment } from "../server/segments/save-segment";

const SAVES = 300;

export function percentile(sorted: number[], p: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 100) / 100;
}

type Executor = Pick<Db, "$executeRaw">;

/** The same rows a save writes, without the writer: the segment update and its revision. */
async function bareRows(tx: Executor, segment: { id: string; documentId: string; version: number }, text: string, actorId: string) {
  await tx.$executeRaw`UPDATE "Segment" SET "targetText" = ${text}, "status" = 'draft', "version" = ${segment.version + 1}, "updatedAt" = ${new Date()} WHERE "id" = ${segment.id} AND "version" = ${segment.version}`;
  await tx.$executeRaw`INSERT INTO "SegmentRevision" ("id", "segmentId", "documentId", "version", "targetText", "status", "authorId", "createdAt") VALUES (${randomUUID()}, ${segment.id}, ${segment.documentId}, ${segment.version + 1}, ${text}, 'draft', ${actorId}, ${new Date()})`;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

export async function benchWriter(db: Db, actor: Actor, documentId: string) {
  const segments = await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } });
  const through: number[] = [];
  const bare: number[] = [];
  for (let k = 0; k < SAVES; k++) {
    const a = segments[2 * k];
    const b = segments[2 * k + 1];
    through.push(await timed(() => saveSegment(db, { actor, segmentId: a.id, baseVersion: a.version, targetText: `Saved ${k}.` })));
    bare.push(await timed(() => db.$transaction((tx) => bareRows(tx, b, `Saved ${k}.`, actor.userId!))));
  }
  through.sort((x, y) => x - y);
  bare.sort((x, y) => x - y);

  const fresh = await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } });
  const batch = fresh.slice(2 * SAVES);
  const half = Math.floor(batch.length / 2);
  const replaceMs = await timed(() =>
    replaceInTargets(db, {
      actor,
      documentId,
      changes: batch.slice(0, half).map((s) => ({ segmentId: s.id, baseVersion: s.version, targetText: "Replaced." })),
    }),
  );
  const bareReplaceMs = await timed(() =>
    db.$transaction(
      async (tx) => {
        for (const s of batch.slice(half, 2 * half)) await bareRows(tx, s, "Replaced.", actor.userId!);
      },
      { timeout: 120_000 },
    ),
  );
  return {
    saves: SAVES,
    saveThroughWriterMs: { p50: percentile(through, 50), p95: percentile(through, 95) },
    saveBareSqlBaselineMs: { p50: percentile(bare, 50), p95: percentile(bare, 95) },
    replaceSegments: half,
    replaceThroughWriterMs: Math.round(replaceMs),
    replaceBareSqlBaselineMs: Math.round(bareReplaceMs),
  };
}

/**
 * Server-side figures on a scratch database: importing the demo and a 10,000-segment document,
 * loading the grid's data for it, saving a segment and aggregating progress.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../server/db/generated/client";
import { userActor } from "../server/access/actor";
import { importDocument } from "../server/documents/import-document";
import { getWorkbench } from "../server/documents/get-workbench";
import { listDocuments } from "../server/documents/list-documents";
import { createProject } from "../server/projects/create-project";
import { saveSegment } from "../server/segments/save-segment";
import { listActivity } from "../server/documents/list-activity";
import { insertRows } from "../server/db/insert-rows";
import type { Actor } from "../server/access/actor";
import { DEMO_FILE } from "../prisma/seed/demo-project";
import { benchWriter } from "./writer";

const time = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await work();
  return [result, Math.round(performance.now() - started)];
};

/** A French text of `paragraphs` paragraphs of 5 sentences, built from the demo article. */
export function bigFrenchText(paragraphs: number): string {
  const sentences = fs
    .readFileSync(DEMO_FILE, "utf8")
    .replace(/^\s*date \S+\s*/, "")
    .split(/(?<=[.!?»])\s+(?=[A-ZÀ-Ý«])/u)
    .filter((s) => s.length > 40);
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) out.push(Array.from({ length: 5 }, (_, i) => sentences[(p * 5 + i) % sentences.length]).join(" "));
  return out.join("\n\n");
}

export async function benchWorkbench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lisiere-bench-"));
  const file = path.join(dir, "bench.db");
  const [, migrateMs] = await time(async () =>
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "ignore" }),
  );
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file }) });
  try {
    await db.user.create({ data: { id: "bench", email: "bench@example.test", name: "Bench" } });
    const actor = userActor("bench");
    const { id: projectId } = await createProject(db, { actor, name: "Bench" });
    const [demo, importDemoMs] = await time(() =>
      importDocument(db, { actor, projectId, content: new Uint8Array(fs.readFileSync(DEMO_FILE)), fileName: "demo.txt" }),
    );
    const [, openDemoMs] = await time(() => getWorkbench(db, { actor, documentId: demo.documentId }));
    const text = bigFrenchText(2000);
    const [big, import10kMs] = await time(() => importDocument(db, { actor, projectId, content: text, title: "Big" }));
    const [workbench, open10kMs] = await time(() => getWorkbench(db, { actor, documentId: big.documentId }));
    const segment = workbench.segments[5000];
    const [, saveMs] = await time(() =>
      saveSegment(db, { actor, segmentId: segment.id, baseVersion: segment.version, targetText: "A translation.", status: "translated" }),
    );
    const [, listMs] = await time(() => listDocuments(db, { actor, projectId }));
    const writer = await benchWriter(db, actor, big.documentId);
    const activity = await benchActivity(db, actor, big.documentId);
    return {
      migrateNewDatabaseMs: migrateMs,
      demo: { segments: demo.segments, importMs: importDemoMs, loadGridDataMs: openDemoMs },
      large: {
        bytes: Buffer.byteLength(text),
        segments: big.segments,
        importMs: import10kMs,
        loadGridDataMs: open10kMs,
        saveSegmentMs: saveMs,
        listDocumentsWithProgressMs: listMs,
        writer,
        activity,
      },
    };
  } finally {
    await db.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The activity view on the large document once every segment has two saved revisions (~20,000). */
async function benchActivity(db: PrismaClient, actor: Actor, documentId: string) {
  const segments = await db.segment.findMany({ where: { documentId }, select: { id: true, version: true } });
  const start = Date.parse("2026-01-01T00:00:00Z");
  const revisions = segments.flatMap((s, i) => [
    {
      id: `b1-${s.id}`,
      segmentId: s.id,
      documentId,
      version: s.version + 1,
      targetText: `Sentence ${i}.`,
      status: "draft",
      authorId: actor.userId,
      createdAt: new Date(start + i * 1_000),
    },
    {
      id: `b2-${s.id}`,
      segmentId: s.id,
      documentId,
      version: s.version + 2,
      targetText: `Sentence number ${i}.`,
      status: "translated",
      authorId: actor.userId,
      createdAt: new Date(start + 50_000_000 + i * 1_000),
    },
  ]);
  await db.$transaction(
    (tx) => insertRows(tx, "SegmentRevision", ["id", "segmentId", "documentId", "version", "targetText", "status", "authorId", "createdAt"], revisions),
    { timeout: 120_000 },
  );
  const [, firstPageMs] = await time(() => listActivity(db, { actor, documentId, limit: 200 }));
  const [, deepPageMs] = await time(() => listActivity(db, { actor, documentId, limit: 200, before: new Date(start + 5_000_000).toISOString() }));
  const [, statusOnlyScanMs] = await time(() => listActivity(db, { actor, documentId, kinds: ["status"] }));
  return { revisions: revisions.length, firstPageMs, deepPageMs, statusOnlyScanMs };
}

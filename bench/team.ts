/**
 * A team on one document, on each database (bench/engines.ts): 50 editors saving at once, and a
 * 5 MB article imported while they do. Goals (issue 16): save p95 < 100 ms with 50 concurrent
 * editors, no error, nothing lost; import of a 5 MB article < 10 s. Saves go through the real use
 * case (saveSegment: access check, version check, history, memory) on the app's client.
 * `npx tsx --conditions=react-server bench/team.ts` prints the figures alone.
 */
import { pathToFileURL } from "node:url";
import fs from "node:fs";
import { userActor, type Actor } from "../server/access/actor";
import { importDocument } from "../server/documents/import-document";
import { createProject } from "../server/projects/create-project";
import { saveSegment } from "../server/segments/save-segment";
import { onEachEngine, stopBenchClusters, type BenchEngine } from "./engines";

const EDITORS = 50;
const SAVES_PER_EDITOR = 20;
const SAVE_P95_GOAL_MS = 100;
const IMPORT_GOAL_MS = 10_000;
const ARTICLE = fs.readFileSync(new URL("../prisma/seed/anthropic-pentagone.fr.txt", import.meta.url), "utf8");

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (x: number) => Math.round(x * 10) / 10;

/** The demo article repeated (paragraphs numbered so no two are the same) to `bytes`. */
function articleOf(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let k = 1; size < bytes; k++) {
    const copy = ARTICLE.replace(/\n\n/g, ` (${k})\n\n`);
    parts.push(copy);
    size += Buffer.byteLength(copy);
  }
  return parts.join("\n\n");
}

/**
 * 50 editors on one document. `pauseMs` between one editor's saves: 0 is the saturated worst case
 * (every editor saving back to back); about a second is the pace of typing with autosave, which is
 * what 50 people working at once offer the server.
 */
async function editors(engine: BenchEngine, owner: Actor, projectId: string, pauseMs: number) {
  const { db } = engine;
  // Enough sentences for each editor to have their own (the article repeated, paragraphs numbered).
  const { documentId } = await importDocument(db, { actor: owner, projectId, content: articleOf(4 * Buffer.byteLength(ARTICLE)), title: "Team" });
  const segments = await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { id: true }, take: EDITORS });
  const actors: Actor[] = [];
  for (let i = 0; i < EDITORS; i++) {
    const id = `editor-${engine.name}-${pauseMs}-${i}`;
    await db.user.create({ data: { id, email: `${id}@bench.test`, name: id } });
    await db.membership.create({ data: { projectId, userId: id, role: "translator" } });
    actors.push(userActor(id));
  }
  const latencies: number[] = [];
  const lastSaved = new Map<string, string>();
  const errors: Record<string, number> = {};
  const started = performance.now();
  // Each editor works on a segment of their own, as a team splitting a document does: save, read
  // the new version, save again — every save of all 50 in flight at once.
  await Promise.all(
    actors.map(async (actor, i) => {
      const segmentId = segments[i % segments.length].id;
      let version = (await db.segment.findUniqueOrThrow({ where: { id: segmentId }, select: { version: true } })).version;
      for (let n = 1; n <= SAVES_PER_EDITOR; n++) {
        if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs * (0.5 + Math.random())));
        const targetText = `Editor ${i}, save ${n}.`;
        const t0 = performance.now();
        try {
          const saved = await saveSegment(db, {
            actor,
            segmentId,
            baseVersion: version,
            targetText,
            status: n === SAVES_PER_EDITOR ? "translated" : undefined,
          });
          latencies.push(performance.now() - t0);
          version = saved.version;
          lastSaved.set(segmentId, targetText);
        } catch (error) {
          const code = (error as { code?: string }).code ?? "UNEXPECTED";
          errors[code] = (errors[code] ?? 0) + 1;
        }
      }
    }),
  );
  const wallMs = performance.now() - started;
  const stored = await db.segment.findMany({ where: { id: { in: [...lastSaved.keys()] } }, select: { id: true, targetText: true } });
  const lost = stored.filter((s) => lastSaved.get(s.id) !== s.targetText).length;
  latencies.sort((a, b) => a - b);
  const p95 = percentile(latencies, 95);
  return {
    editors: EDITORS,
    pauseBetweenSavesMs: pauseMs,
    saves: latencies.length,
    errors,
    lost,
    savesPerSecond: round(latencies.length / (wallMs / 1000)),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(p95),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies.at(-1) ?? 0),
    meetsGoal: p95 < SAVE_P95_GOAL_MS && Object.keys(errors).length === 0 && lost === 0,
  };
}

async function importFiveMegabytes(engine: BenchEngine, owner: Actor, projectId: string) {
  // 5 MB as users count it (5,000,000 bytes; the upload limit is 5 MiB).
  const content = articleOf(5_000_000);
  const t0 = performance.now();
  const { segments } = await importDocument(engine.db, { actor: owner, projectId, content, title: "Five megabytes", fileName: "five.txt" });
  const ms = performance.now() - t0;
  return { bytes: Buffer.byteLength(content), segments, ms: Math.round(ms), meetsGoal: ms < IMPORT_GOAL_MS };
}

export async function benchTeam() {
  const figures = await onEachEngine(async (engine) => {
    const ownerId = `owner-${engine.name}`;
    await engine.db.user.create({ data: { id: ownerId, email: `${ownerId}@bench.test`, name: ownerId } });
    const owner = userActor(ownerId);
    const project = await createProject(engine.db, { actor: owner, name: "Team bench" });
    return {
      concurrentSaves: await editors(engine, owner, project.id, 0),
      concurrentSavesAtTypingPace: await editors(engine, owner, project.id, 1_000),
      import5MB: await importFiveMegabytes(engine, owner, project.id),
    };
  });
  return { goals: { saveP95Ms: SAVE_P95_GOAL_MS, importMs: IMPORT_GOAL_MS }, ...figures };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchTeam(), null, 2));
  stopBenchClusters();
}

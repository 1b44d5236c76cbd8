/**
 * TMX import and export at scale (issue 13: 100,000 units import in < 30 s with memory bounded).
 * Runs in a child process of its own (this file with --child) so that its peak RSS is the
 * import's and not what earlier bench sections left on the heap. The file is generated from the
 * demo article's sentences, with numbers and words varied so that every unit is distinct.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { userActor } from "../server/access/actor";
import { createProject } from "../server/projects/create-project";
import { exportTmx } from "../server/tm/export-tmx";
import { importTmx } from "../server/tm/import-tmx";
import { freshDatabase } from "./fresh-database";
import { bigFrenchText } from "./workbench";

const UNITS = Number(process.env.BENCH_TMX_UNITS ?? 100_000);
// Opt-in: also export a memory this large (written straight by SQL, so only the export is measured).
const EXPORT_UNITS = Number(process.env.BENCH_TMX_EXPORT_UNITS ?? 0);

/** The section's figures, measured in a child process. */
export async function benchTmx() {
  const output = execFileSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "bench/tmx.ts", "--child"], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(output) as unknown;
}

/** Writes a TMX of `count` distinct units to `file`, a unit at a time; returns its size in bytes. */
function writeTmxFile(file: string, count: number): number {
  const sentences = bigFrenchText(200).split(/(?<=[.!?»])\s+/u);
  const fd = fs.openSync(file, "w");
  const escape = (text: string) => text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;");
  fs.writeSync(
    fd,
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header creationtool="bench" creationtoolversion="1" segtype="sentence" o-tmf="bench" adminlang="en" srclang="fr-FR" datatype="plaintext"/>\n<body>\n',
  );
  let buffer = "";
  for (let i = 0; i < count; i++) {
    const fr = `${sentences[i % sentences.length]} (réf. ${i})`;
    const en = `English sentence number ${i} for ${sentences[(i * 7) % sentences.length].length} characters.`;
    buffer += `<tu tuid="${i}" creationdate="20250101T000000Z" creationid="bench"><prop type="x-Client">Bench</prop><tuv xml:lang="fr-FR"><seg>${escape(fr)}</seg></tuv><tuv xml:lang="en-US"><seg>${escape(en)}</seg></tuv></tu>\n`;
    if (buffer.length > 1 << 20) {
      fs.writeSync(fd, buffer);
      buffer = "";
    }
  }
  fs.writeSync(fd, `${buffer}</body>\n</tmx>\n`);
  fs.closeSync(fd);
  return fs.statSync(file).size;
}

async function child() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lisiere-bench-tmx-"));
  const dbFile = path.join(dir, "bench.db");
  const db = freshDatabase(dbFile);
  try {
    await db.user.create({ data: { id: "bench", email: "bench@example.test", name: "Bench" } });
    const actor = userActor("bench");
    const { id: projectId } = await createProject(db, { actor, name: "Bench" });
    const tmxFile = path.join(dir, "bench.tmx");
    const bytes = writeTmxFile(tmxFile, UNITS);
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    let peakHeap = 0;
    let peakExternal = 0;
    const sampler = setInterval(() => {
      const usage = process.memoryUsage();
      peakRss = Math.max(peakRss, usage.rss);
      peakHeap = Math.max(peakHeap, usage.heapUsed);
      peakExternal = Math.max(peakExternal, usage.external);
    }, 20);
    let started = performance.now();
    const cpuBefore = process.cpuUsage();
    const result = await importTmx(db, {
      actor,
      projectId,
      bytes: fs.createReadStream(tmxFile, { highWaterMark: 1 << 16 }),
      totalBytes: bytes,
      fileName: "bench.tmx",
    });
    const importMs = Math.round(performance.now() - started);
    // CPU time of this process: what the import costs whatever else the shared machine runs.
    const cpu = process.cpuUsage(cpuBefore);
    const importCpuMs = Math.round((cpu.user + cpu.system) / 1000);
    const importPeakRss = peakRss;
    const importPeakHeap = peakHeap;
    const importPeakExternal = peakExternal;
    started = performance.now();
    const file = await exportTmx(db, { actor, projectId });
    let exportedBytes = 0;
    for await (const chunk of file.chunks) exportedBytes += chunk.byteLength;
    const exportMs = Math.round(performance.now() - started);
    clearInterval(sampler);
    const mb = (n: number) => Math.round(n / 1048576);
    return {
      units: UNITS,
      fileMB: Math.round((bytes / 1048576) * 10) / 10,
      import: {
        ...result,
        ms: importMs,
        cpuMs: importCpuMs,
        loadAverage: os.loadavg()[0],
        unitsPerSecond: Math.round(result.read / (importMs / 1000)),
        goalMs: 30_000,
      },
      rssMB: {
        beforeImport: mb(rssBefore),
        peakDuringImport: mb(importPeakRss),
        // JavaScript's share of it (heap used, then buffers and WebAssembly memory); the rest is SQLite, code and free heap.
        peakHeapUsedDuringImport: mb(importPeakHeap),
        peakExternalDuringImport: mb(importPeakExternal),
        peakDuringExport: mb(peakRss),
        processMax: Math.round(process.resourceUsage().maxRSS / 1024),
      },
      export: { ms: exportMs, MB: Math.round((exportedBytes / 1048576) * 10) / 10 },
    };
  } finally {
    await db.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Exports `count` units: streamed, a page at a time, so peak memory must not follow the count. The
 * rows are made by one INSERT … SELECT in the database itself, without the full-text triggers
 * (the export never reads the indexes), so writing a million of them takes seconds.
 */
async function exportAtScale(count: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lisiere-bench-tmx-export-"));
  const dbFile = path.join(dir, "bench.db");
  const db = freshDatabase(dbFile);
  try {
    await db.user.create({ data: { id: "bench", email: "bench@example.test", name: "Bench" } });
    const actor = userActor("bench");
    const { id: projectId } = await createProject(db, { actor, name: "Bench" });
    await db.$executeRawUnsafe(`DROP TRIGGER "TmUnit_index_insert"`);
    await db.$executeRaw`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})
      INSERT INTO "TmUnit" ("projectId", "sourceText", "targetText", "pairHash", "sourceKeys", "sourceLength", "status", "origin", "documentTitle", "metadata", "createdAt", "updatedAt")
      SELECT ${projectId}, 'La chaîne de production numéro ' || i || ' tourne à plein régime depuis ce matin.', 'Production line number ' || i || ' has run at full speed since this morning.',
        printf('%064d', i), 'chaîn product numéro tourn plein régim depuis matin', 10, 'reviewed', 'tmx', 'bench.tmx', '{"tuid":"' || i || '"}', '2025-01-01T00:00:00.000+00:00', '2025-01-01T00:00:00.000+00:00'
      FROM n`;
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
    const started = performance.now();
    const file = await exportTmx(db, { actor, projectId });
    let exportedBytes = 0;
    for await (const chunk of file.chunks) exportedBytes += chunk.byteLength;
    clearInterval(sampler);
    const mb = (n: number) => Math.round(n / 1048576);
    return { units: file.units, ms: Math.round(performance.now() - started), MB: mb(exportedBytes), rssMB: { before: mb(rssBefore), peak: mb(peakRss) } };
  } finally {
    await db.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes("--child")) {
  const figures = await child();
  process.stdout.write(`${JSON.stringify(EXPORT_UNITS > 0 ? { ...figures, exportAtScale: await exportAtScale(EXPORT_UNITS) } : figures)}\n`);
}

/**
 * Exports at the size users reach: a 200,000-segment document exported in every format from the
 * production server over HTTP, each download read as a stream, while another request asks for a
 * page every 100 ms. Figures: time and size of each export, the server's peak RSS (VmHWM) and its
 * RSS after each export, and the slowest answer the other request got meanwhile.
 */
import { execFileSync, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { chromium } from "@playwright/test";
import { PrismaClient } from "../server/db/generated/client";
import { insertRows } from "../server/db/insert-rows";
import { SERVER_CONDITIONS } from "../scripts/server-conditions.mjs";
import { EXPORT_FORMATS } from "../server/documents/export-document";
import { CHROMIUM_LAUNCH } from "../tests/e2e/chromium";
import { waitForServer } from "./production-server";

const PORT = 3191;
const SEGMENTS = 200_000;

/** A document of one-sentence paragraphs (every seventh a heading), a third of them translated, written straight to the database. */
async function bigDocument(db: PrismaClient, projectId: string): Promise<string> {
  const documentId = randomUUID();
  const now = new Date();
  await db.document.create({ data: { id: documentId, projectId, title: "Bench 200k" } });
  const paragraphs: Record<string, string | number | null>[] = [];
  const segments: Record<string, string | number | Date | null>[] = [];
  for (let i = 0; i < SEGMENTS; i++) {
    const paragraphId = randomUUID();
    const heading = i % 7 === 0;
    paragraphs.push({ id: paragraphId, documentId, position: i, kind: heading ? "heading" : "paragraph", level: heading ? 2 : null });
    const translated = i % 3 === 0;
    segments.push({
      id: randomUUID(),
      documentId,
      paragraphId,
      position: i,
      sourceText: `Le contrat numéro ${i} tient toujours.`,
      targetText: translated ? `Contract number ${i} still holds.` : "",
      status: translated ? "translated" : "new",
      sourceWords: 5,
      createdAt: now,
      updatedAt: now,
    });
  }
  await db.$transaction(
    async (tx) => {
      await insertRows(tx, "Paragraph", ["id", "documentId", "position", "kind", "level"], paragraphs);
      await insertRows(
        tx,
        "Segment",
        ["id", "documentId", "paragraphId", "position", "sourceText", "targetText", "status", "sourceWords", "createdAt", "updatedAt"],
        segments,
      );
    },
    { timeout: 600_000 },
  );
  return documentId;
}

function memoryKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
}

export async function benchExports() {
  if (!fs.existsSync(".next/BUILD_ID")) return { skipped: "no production build (run npm start or next build first)" };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lisiere-bench-exports-"));
  const file = path.join(dir, "bench.db");
  const env = { ...process.env, DATABASE_URL: `file:${file}`, NEXT_TELEMETRY_DISABLED: "1" };
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env, stdio: "ignore" });
  execFileSync("node_modules/.bin/tsx", [...SERVER_CONDITIONS, "prisma/seed/main.ts"], { env, stdio: "ignore" });
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file }) });
  const { projectId } = await db.document.findFirstOrThrow({ select: { projectId: true } });
  const documentId = await bigDocument(db, projectId);
  await db.$disconnect();

  const base = `http://localhost:${PORT}`;
  const server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], { env, stdio: "ignore" });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    await waitForServer(`${base}/en`);
    // The first account owns the seeded project; its session cookie is used for the downloads.
    const page = await browser.newPage();
    await page.goto(`${base}/en/sign-up`);
    await page.getByLabel("Display name").fill("Bench");
    await page.getByLabel("Email").fill("bench@example.test");
    await page.getByLabel("Password").fill("bench password 123");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.locator("[data-testid=segment-row]").first().waitFor();
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    await browser.close();

    /** Asks for a small page every 100 ms until `done` settles; the answer times, sorted. */
    const ping = async (done: Promise<unknown>): Promise<number[]> => {
      const times: number[] = [];
      let stop = false;
      void done.finally(() => (stop = true));
      while (!stop) {
        const started = performance.now();
        await (await fetch(`${base}/en/sign-in`, { headers: { cookie }, redirect: "manual" })).arrayBuffer();
        times.push(performance.now() - started);
        await new Promise((r) => setTimeout(r, 100));
      }
      return times.sort((a, b) => a - b);
    };
    const summary = (times: number[]) => ({
      requests: times.length,
      p50Ms: Math.round(times[Math.floor(times.length / 2)] ?? 0),
      maxMs: Math.round(times.at(-1) ?? 0),
    });
    // The baseline: the same request on the idle server, in the same run.
    const idle = summary(await ping(new Promise((r) => setTimeout(r, 3_000))));
    const results: Record<string, unknown> = {};
    for (const format of EXPORT_FORMATS) {
      const started = performance.now();
      const download = (async () => {
        const response = await fetch(`${base}/api/documents/${documentId}/export?format=${format}`, { headers: { cookie } });
        let bytes = 0;
        const reader = response.body!.getReader();
        for (let read = await reader.read(); !read.done; read = await reader.read()) bytes += read.value.length;
        return { status: response.status, bytes };
      })();
      const [times, { status, bytes }] = await Promise.all([ping(download), download]);
      results[format] = {
        status,
        ms: Math.round(performance.now() - started),
        megabytes: Math.round(bytes / 1e5) / 10,
        serverRssMb: Math.round(memoryKb(server.pid!, "VmRSS") / 1024),
        otherRequest: summary(times),
      };
    }
    return { segments: SEGMENTS, otherRequestIdle: idle, formats: results, serverPeakRssMb: Math.round(memoryKb(server.pid!, "VmHWM") / 1024) };
  } finally {
    await browser.close().catch(() => undefined);
    server.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

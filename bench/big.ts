/**
 * Book-length documents (issue 16): the 200,000-segment fixture (big-document.ts) measured as a
 * translator meets it, on SQLite and on PostgreSQL (each with its own app server). Server side, in
 * process: the grid's data for the first and the last part, the first part's QA report, and a search
 * of the whole document. In Chromium on the production build: open to the first editable row,
 * Ctrl+Enter to the next editable row, jump to the end (Alt+End), search and filter, the page's JS
 * heap after each; review mode's open. Then the import of a 5 MB article. The exports of the same
 * document, each with its peak RSS, are the `exports` section (exports.ts). Figures only; goals:
 * open < 1.5 s, Ctrl+Enter < 100 ms, search < 300 ms, import < 10 s.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { chromium, type Page } from "@playwright/test";
import { PrismaClient } from "../server/db/generated/client";
import { SYSTEM_ACTOR } from "../server/access/actor";
import { getWorkbench } from "../server/documents/get-workbench";
import { importDocument } from "../server/documents/import-document";
import { searchDocument } from "../server/documents/search-document";
import { documentPart } from "../core/model/parts";
import { CHROMIUM_LAUNCH } from "../tests/e2e/chromium";
import { bigFixture, bigFixtureOn, type BigFixture } from "./big-document";
import { onPostgres } from "./engines";
import type { Db } from "../server/db/client";
import { checkDocument } from "../server/qa/check-document";
import { signedInCookie, signUp } from "./exports";
import { waitForServer } from "./production-server";
import { instrument } from "./grid";
import { percentile } from "./writer";
import { loadCorpus, unitAt } from "./tm-corpus";

const PORT = 3193;
const KEYSTROKES = 20;
const LOADS = 3;

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, Math.round(performance.now() - started)];
}

type Book = Pick<BigFixture, "projectId" | "documentId" | "segments" | "buildMs">;

/** The grid's data, its QA report and a whole-document search, in process (warm: the median of three after one). */
async function serverFigures(db: Db, fixture: Book, query: string) {
  const last = documentPart(fixture.segments, Number.MAX_SAFE_INTEGER).part;
  const load = async (part: number) => {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i <= LOADS; i++) {
      const [data, ms] = await timed(() => getWorkbench(db, { actor: SYSTEM_ACTOR, documentId: fixture.documentId, part }));
      if (i > 0) times.push(ms);
      bytes = Buffer.byteLength(JSON.stringify(data));
    }
    return { ms: median(times), megabytes: Math.round(bytes / 1e5) / 10 };
  };
  const search = async (options: { query: string; regex?: boolean }) => {
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i <= LOADS; i++) {
      const [found, ms] = await timed(() => searchDocument(db, { actor: SYSTEM_ACTOR, documentId: fixture.documentId, ...options, scope: "both" }));
      if (i > 0) times.push(ms);
      hits = found.total;
    }
    return { query: options.query, hits, ms: median(times) };
  };
  const qaReport = async () => {
    const times: number[] = [];
    for (let i = 0; i <= LOADS; i++) {
      const [, ms] = await timed(() => checkDocument(db, SYSTEM_ACTOR, fixture.documentId, { part: 1 }));
      if (i > 0) times.push(ms);
    }
    return { ms: median(times) };
  };
  return {
    workbenchFirstPart: await load(1),
    qaReportFirstPart: await qaReport(),
    workbenchLastPart: await load(last),
    searchWord: await search({ query }),
    searchRegex: await search({ query: "\\b\\d{4}\\b", regex: true }),
  };
}

/** The page's live JS heap after a full garbage collection, in MB (Chrome DevTools Protocol). */
async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return Math.round(usedSize / 1e5) / 10;
}

/** From navigation to the first row painted and to the first row's editor focused (clicked as soon as it answers). */
async function openToEditable(page: Page, url: string): Promise<{ paintMs: number; editableMs: number }> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { gridPaintMs?: number }).gridPaintMs !== undefined);
  const target = page.locator("[data-testid=segment-row]").first().getByTestId("segment-target");
  for (let tries = 0; tries < 200; tries++) {
    if (await page.evaluate(() => !!document.activeElement?.closest(".target-editor"))) break;
    // The button gives way to the editor once the row is open (the grid may reopen the last row itself).
    await target.click({ timeout: 100 }).catch(() => undefined);
    await page.waitForTimeout(20);
  }
  return page.evaluate(() => {
    const w = window as unknown as { gridPaintMs: number; editableMs: number };
    return { paintMs: Math.round(w.gridPaintMs), editableMs: Math.round(w.editableMs) };
  });
}

/** Types `query` into the find bar and times, in the page, until its count shows `expect`. */
async function findLatency(page: Page, query: string, expect: string): Promise<{ ms: number; count: string }> {
  return page.evaluate(
    ([query, expect]) =>
      new Promise<{ ms: number; count: string }>((resolve) => {
        const input = document.querySelector<HTMLInputElement>("[data-testid=find-query]")!;
        const count = document.querySelector("[data-testid=find-count]")!;
        const started = performance.now();
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, query);
        input.dispatchEvent(new Event("input", { bubbles: true }));
        const poll = () => {
          if (new RegExp(expect).test(count.textContent ?? "")) resolve({ ms: Math.round(performance.now() - started), count: count.textContent ?? "" });
          else requestAnimationFrame(poll);
        };
        poll();
      }),
    [query, expect] as const,
  );
}

/** Chooses a grid filter and times, in the page, until the frame after React has rendered it. */
async function filterLatency(page: Page, value: string): Promise<number> {
  return page.evaluate(
    (value) =>
      new Promise<number>((resolve) => {
        const select = document.querySelector<HTMLSelectElement>("[data-testid=row-filter]")!;
        const started = performance.now();
        select.value = value;
        select.dispatchEvent(new Event("change", { bubbles: true }));
        requestAnimationFrame(() => resolve(Math.round(performance.now() - started)));
      }),
    value,
  );
}

/** Runs one figure; a failure (a timeout) is reported in its place instead of losing the others. */
async function attempt<T>(work: () => Promise<T>): Promise<T | { error: string }> {
  try {
    return await work();
  } catch (error) {
    return { error: (error instanceof Error ? error.message : String(error)).split("\n")[0] };
  }
}

async function browserFigures(base: string, fixture: Book, query: string) {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addCookies(await cookiesFor(base));
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    // tsx names functions with esbuild's __name helper, which the page's evaluate bodies then call.
    await page.addInitScript("window.__name = (f) => f");
    await page.addInitScript(instrument);
    const url = `${base}/en/projects/${fixture.projectId}/documents/${fixture.documentId}`;
    const figures: Record<string, unknown> = {};
    figures.open = await attempt(async () => {
      await openToEditable(page, url); // warm-up
      const opens: { paintMs: number; editableMs: number }[] = [];
      for (let i = 0; i < LOADS; i++) opens.push(await openToEditable(page, url));
      return { firstRowPaintMs: median(opens.map((o) => o.paintMs)), firstEditableMs: median(opens.map((o) => o.editableMs)), heapMb: await heapMb(page) };
    });
    // Confirm after confirm from the first row: wherever the grid leads (the next unconfirmed row), wait for its editor.
    figures.ctrlEnterToNextEditableMs = await attempt(async () => {
      for (let n = 1; n <= KEYSTROKES; n++) {
        await page.keyboard.type(` ${n}`);
        await page.keyboard.press("Control+Enter");
        await page.waitForFunction((n) => (window as unknown as { confirmMs: number[] }).confirmMs.length >= n, n);
      }
      const confirm = (await page.evaluate(() => (window as unknown as { confirmMs: number[] }).confirmMs)).sort((a, b) => a - b);
      return { p50: percentile(confirm, 50), p95: percentile(confirm, 95), samples: confirm.length };
    });
    figures.search = await attempt(async () => {
      await page.keyboard.press("Escape");
      await page.keyboard.press("Control+f");
      await page.getByTestId("find-query").waitFor();
      const common = await findLatency(page, query, "match");
      const none = await findLatency(page, "zzqxw", "No match");
      await page.keyboard.press("Escape");
      return { query, commonMs: common.ms, commonCount: common.count, noMatchMs: none.ms, heapMb: await heapMb(page) };
    });
    figures.filter = await attempt(async () => ({ translatedMs: await filterLatency(page, "translated"), allMs: await filterLatency(page, "all") }));
    figures.jumpToEnd = await attempt(async () => {
      const [, ms] = await timed(async () => {
        await page.locator("[data-testid=segment-row]").first().getByTestId("segment-target").focus();
        await page.keyboard.press("Alt+End");
        await page.locator(`[data-row-number="${fixture.segments}"]`).waitFor();
      });
      return { ms, heapMb: await heapMb(page) };
    });
    figures.review = await attempt(async () => {
      const [, openMs] = await timed(async () => {
        await page.goto(`${url}/review`, { waitUntil: "commit" });
        await page.locator("[data-testid=review-target] [data-number]").first().waitFor();
      });
      return { openMs, heapMb: await heapMb(page) };
    });
    return figures;
  } finally {
    await browser.close();
  }
}

let cookieJar: { name: string; value: string }[] = [];
async function cookiesFor(base: string) {
  return cookieJar.map((c) => ({ ...c, url: base }));
}

/** A 5 MB French article (paragraphs of five varied book sentences), imported through the use case. */
async function importFigure(db: Db, projectId: string) {
  const corpus = loadCorpus();
  const paragraphs: string[] = [];
  let bytes = 0;
  for (let n = 0; bytes < 5_000_000; n++) {
    const paragraph = Array.from({ length: 5 }, (_, k) => unitAt(corpus, 1_000_000 + n * 5 + k).source).join(" ");
    paragraphs.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 2;
  }
  const text = paragraphs.join("\n\n");
  const [imported, ms] = await timed(() => importDocument(db, { actor: SYSTEM_ACTOR, projectId, content: text, title: "Five megabytes" }));
  return { megabytes: Math.round(Buffer.byteLength(text) / 1e5) / 10, segments: imported.segments, ms };
}

/** Every figure of the book on one engine's database (`url`, as the app server opens it). */
async function measureBook(db: Db, url: string, fixture: Book, port: number, signIn: (base: string) => Promise<string>) {
  // A word of the last segment: found in the last part whatever part is open.
  const lastSource = (await db.segment.findFirstOrThrow({ where: { documentId: fixture.documentId }, orderBy: { position: "desc" } })).sourceText;
  const query = lastSource.split(/\s+/u).find((w) => /^\p{L}{6,}$/u.test(w)) ?? "contrat";
  const figures: Record<string, unknown> = { segments: fixture.segments, buildFixtureMs: fixture.buildMs };
  figures.server = await serverFigures(db, fixture, query);
  console.error(JSON.stringify(figures));
  if (fs.existsSync(".next/BUILD_ID")) {
    const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" };
    const base = `http://localhost:${port}`;
    const server = spawn("node_modules/.bin/next", ["start", "-p", String(port)], { env, stdio: "ignore" });
    try {
      await waitForServer(`${base}/en`);
      const cookie = await signIn(base);
      cookieJar = cookie.split("; ").map((pair) => {
        const at = pair.indexOf("=");
        return { name: pair.slice(0, at), value: pair.slice(at + 1) };
      });
      figures.browser = await browserFigures(base, fixture, query);
      console.error(JSON.stringify(figures.browser));
    } finally {
      server.kill("SIGTERM");
    }
  } else figures.browser = { skipped: "no production build (run npm start or next build first)" };
  figures.importArticle = await importFigure(db, fixture.projectId);
  return figures;
}

/** The book on SQLite (the fixture the exports share) and on PostgreSQL, side by side. */
export async function benchBig() {
  const fixture = await bigFixture();
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: fixture.file }) }) as unknown as Db;
  let sqlite: Record<string, unknown>;
  try {
    // The account the exports section signed up, if it ran: the first account owns the demo project.
    sqlite = await measureBook(db, `file:${fixture.file}`, fixture, PORT, signedInCookie);
  } finally {
    await db.$disconnect();
  }
  const postgres = await onPostgres(async (engine) =>
    measureBook(engine.db, engine.url, await bigFixtureOn(engine), PORT + 1, (base) => signUp(base, "bench-big@example.test")),
  );
  return { sqlite, postgres };
}

/**
 * Browser figures on the production build: time to open the demo document and a 10,000-segment
 * document until the first row shows, rows in the DOM, and time to jump to the end of the big one.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { chromium } from "@playwright/test";
import { PrismaClient } from "../server/db/generated/client";
import { importDocument } from "../server/documents/import-document";
import { SYSTEM_ACTOR } from "../server/access/actor";
import { bigFrenchText } from "./workbench";
import { SERVER_CONDITIONS } from "../scripts/server-conditions.mjs";
import { CHROMIUM_LAUNCH } from "../tests/e2e/chromium";
import { waitForServer } from "./production-server";

const PORT = 3190;

export async function benchBrowser() {
  if (!fs.existsSync(".next/BUILD_ID")) return { skipped: "no production build (run npm start or next build first)" };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lisiere-bench-browser-"));
  const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "bench.db")}`, NEXT_TELEMETRY_DISABLED: "1" };
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env, stdio: "ignore" });
  execFileSync("node_modules/.bin/tsx", [...SERVER_CONDITIONS, "prisma/seed/main.ts"], { env, stdio: "ignore" });
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: path.join(dir, "bench.db") }) });
  const demo = await db.document.findFirstOrThrow({ select: { id: true, projectId: true } });
  const big = await importDocument(db, { actor: SYSTEM_ACTOR, projectId: demo.projectId, content: bigFrenchText(2000), title: "Big" });
  await db.$disconnect();

  const server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], { env, stdio: "ignore" });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const base = `http://localhost:${PORT}/en/projects/${demo.projectId}/documents`;
    await waitForServer(`http://localhost:${PORT}/en`);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // The first account owns the seeded project (the demo and the big document imported into it).
    await page.goto(`http://localhost:${PORT}/en/sign-up`);
    await page.getByLabel("Display name").fill("Bench");
    await page.getByLabel("Email").fill("bench@example.test");
    await page.getByLabel("Password").fill("bench password 123");
    const signUpStarted = performance.now();
    await page.getByRole("button", { name: "Create account" }).click();
    await page.locator("[data-testid=segment-row]").first().waitFor();
    const signUpToDemoMs = Math.round(performance.now() - signUpStarted);
    const open = async (id: string) => {
      const started = performance.now();
      await page.goto(`${base}/${id}`);
      await page.locator("[data-testid=segment-row]").first().waitFor();
      return Math.round(performance.now() - started);
    };
    await open(demo.id); // warm-up: first request compiles nothing, but fills caches
    const openDemoMs = await open(demo.id);
    const open10kMs = await open(big.documentId);
    const rowsInDom = await page.locator("[data-testid=segment-row]").count();
    const started = performance.now();
    await page.getByTestId("segment-grid").evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.locator(`[data-row-number="${big.segments}"]`).waitFor();
    const jumpToEndMs = Math.round(performance.now() - started);
    const review = await benchReviewMode(page, `${base}/${big.documentId}/review`, big.segments);
    return {
      signUpToDemoGridMs: signUpToDemoMs,
      openDemoDocumentMs: openDemoMs,
      open10kSegmentDocumentMs: open10kMs,
      segments: big.segments,
      rowsInDom,
      jumpToEndMs,
      review,
    };
  } finally {
    await browser.close();
    server.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Review mode renders the whole document (two columns): time to first paint of both, and to select the last segment. */
async function benchReviewMode(page: import("@playwright/test").Page, url: string, segments: number) {
  const started = performance.now();
  await page.goto(url);
  await page.locator("[data-testid=review-target] [data-number]").first().waitFor();
  const openMs = Math.round(performance.now() - started);
  const selectStarted = performance.now();
  await page.getByTestId("review-source").evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.locator(`[data-testid=review-source] [data-number="${segments}"]`).click();
  await page.getByTestId("review-inspector").waitFor();
  const selectLastMs = Math.round(performance.now() - selectStarted);
  const synced = await page.getByTestId("review-target").evaluate((el) => el.scrollTop > 0);
  return { openMs, selectLastMs, otherColumnFollowed: synced };
}

/**
 * The translation grid as a translator feels it, on the production build in Chromium: from
 * Ctrl+Enter to the next segment's editor mounted and focused (ready for the next key), and from
 * navigation to the first grid row painted. Timed inside the page (performance.now), so Playwright's
 * own round trips are not counted. Figures only; no test asserts a time.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { chromium, type Page } from "@playwright/test";
import { PrismaClient } from "../server/db/generated/client";
import { importDocument } from "../server/documents/import-document";
import { SYSTEM_ACTOR } from "../server/access/actor";
import { CHROMIUM_LAUNCH } from "../tests/e2e/chromium";
import { waitForServer } from "./production-server";
import { bigFrenchText } from "./workbench";
import { percentile } from "./writer";

const PORT = 3191;
const KEYSTROKES = 40;
const LOADS = 7;

/**
 * Installed before the page's scripts: records when the first grid row is painted, when an editor
 * first takes the focus (the grid answers), and each Ctrl+Enter → next editor focused.
 */
export function instrument() {
  const w = window as unknown as { gridPaintMs?: number; editableMs?: number; confirmMs: number[] };
  w.confirmMs = [];
  const seen = new MutationObserver(() => {
    if (w.gridPaintMs === undefined && document.querySelector("[data-testid=segment-row]")) {
      seen.disconnect();
      // The frame after the row is in the DOM is the one that paints it.
      requestAnimationFrame(() => (w.gridPaintMs = performance.now()));
    }
  });
  seen.observe(document, { childList: true, subtree: true });
  let pressed: { at: number; row: Element | null } | null = null;
  window.addEventListener(
    "keydown",
    (e) => {
      if (e.key === "Enter" && e.ctrlKey) pressed = { at: performance.now(), row: (e.target as Element).closest("[data-testid=segment-row]") };
    },
    true,
  );
  document.addEventListener("focusin", (e) => {
    if (w.editableMs === undefined && (e.target as Element).matches?.(".target-editor")) w.editableMs = performance.now();
    const row = (e.target as Element).closest?.("[data-testid=segment-row]");
    if (pressed && (e.target as Element).matches(".target-editor") && row !== pressed.row) {
      w.confirmMs.push(performance.now() - pressed.at);
      pressed = null;
    }
  });
}

async function gridFirstPaint(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { gridPaintMs?: number }).gridPaintMs !== undefined);
  return page.evaluate(() => (window as unknown as { gridPaintMs: number }).gridPaintMs);
}

export async function benchGrid() {
  if (!fs.existsSync(".next/BUILD_ID")) return { skipped: "no production build (run npm start or next build first)" };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lisiere-bench-grid-"));
  const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "bench.db")}`, NEXT_TELEMETRY_DISABLED: "1" };
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env, stdio: "ignore" });
  execFileSync("node_modules/.bin/tsx", ["prisma/seed/main.ts"], { env, stdio: "ignore" });
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: path.join(dir, "bench.db") }) });
  const demo = await db.document.findFirstOrThrow({ select: { id: true, projectId: true } });
  const long = await importDocument(db, { actor: SYSTEM_ACTOR, projectId: demo.projectId, content: bigFrenchText(400), title: "Long" });
  await db.$disconnect();

  const server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], { env, stdio: "ignore" });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    await waitForServer(`http://localhost:${PORT}/en`);
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.addInitScript(instrument);
    await page.goto(`http://localhost:${PORT}/en/sign-up`);
    await page.getByLabel("Display name").fill("Bench");
    await page.getByLabel("Email").fill("bench-grid@example.test");
    await page.getByLabel("Password").fill("bench password 123");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.locator("[data-testid=segment-row]").first().waitFor();

    const url = (id: string) => `http://localhost:${PORT}/en/projects/${demo.projectId}/documents/${id}`;
    const paints = { demo: [] as number[], long: [] as number[] };
    await gridFirstPaint(page, url(demo.id)); // warm-up
    for (let i = 0; i < LOADS; i++) {
      paints.demo.push(await gridFirstPaint(page, url(demo.id)));
      paints.long.push(await gridFirstPaint(page, url(long.documentId)));
    }

    // Translate segment after segment of the long document: type, Ctrl+Enter, wait for the next editor.
    await page.locator("[data-row-number='1'] [data-testid=segment-target]").click();
    for (let n = 1; n <= KEYSTROKES; n++) {
      await page.locator(`[data-row-number='${n}'] .target-editor:focus`).waitFor();
      await page.keyboard.type(`Sentence ${n}.`);
      await page.keyboard.press("Control+Enter");
    }
    await page.locator(`[data-row-number='${KEYSTROKES + 1}'] .target-editor:focus`).waitFor();
    const confirm = (await page.evaluate(() => (window as unknown as { confirmMs: number[] }).confirmMs)).sort((a, b) => a - b);
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
    return {
      ctrlEnterToNextEditableMs: { p50: percentile(confirm, 50), p95: percentile(confirm, 95), samples: confirm.length },
      gridFirstPaintMs: {
        demo: { p50: percentile(sorted(paints.demo), 50), p95: percentile(sorted(paints.demo), 95) },
        long: { segments: long.segments, p50: percentile(sorted(paints.long), 50), p95: percentile(sorted(paints.long), 95) },
      },
    };
  } finally {
    await browser.close();
    server.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

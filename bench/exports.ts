/**
 * Exports at the size users reach: the 200,000-segment document (big-document.ts) exported in every
 * format from the production server over HTTP, each download read as a stream, while another request
 * asks for a page every 100 ms. Figures: time and size of each export, the server's peak RSS (VmHWM,
 * reset before each format) and its RSS after it, and the slowest answer the other request got meanwhile.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import { chromium } from "@playwright/test";
import { bigFixture } from "./big-document";
import { EXPORT_FORMATS } from "../server/documents/export-document";
import { CHROMIUM_LAUNCH } from "../tests/e2e/chromium";
import { waitForServer } from "./production-server";

const PORT = 3191;

function memoryKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
}

/** The export figures on the shared 200,000-segment fixture (big-document.ts), on a server of their own. */
export async function benchExports() {
  if (!fs.existsSync(".next/BUILD_ID")) return { skipped: "no production build (run npm start or next build first)" };
  const fixture = await bigFixture();
  const env = { ...process.env, DATABASE_URL: `file:${fixture.file}`, NEXT_TELEMETRY_DISABLED: "1" };
  const base = `http://localhost:${PORT}`;
  const server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], { env, stdio: "ignore" });
  try {
    await waitForServer(`${base}/en`);
    return await exportFigures({ base, cookie: await signedInCookie(base), serverPid: server.pid!, documentId: fixture.documentId });
  } finally {
    server.kill("SIGTERM");
  }
}

/**
 * Every export format of `documentId` downloaded from a running server, one after another. The
 * server's peak RSS is reset before each (/proc/PID/clear_refs), so each format has its own peak.
 */
export async function exportFigures({ base, cookie, serverPid, documentId }: { base: string; cookie: string; serverPid: number; documentId: string }) {
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
    resetPeakRss(serverPid);
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
      serverRssMb: Math.round(memoryKb(serverPid, "VmRSS") / 1024),
      serverPeakRssMb: Math.round(memoryKb(serverPid, "VmHWM") / 1024),
      otherRequest: summary(times),
    };
  }
  return { otherRequestIdle: idle, formats: results };
}

/** Resets the kernel's peak-RSS mark of a process we started (Linux: "5" > clear_refs). */
function resetPeakRss(pid: number) {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");
  } catch {
    // Not Linux, or not allowed: the peak is then the run's so far.
  }
}

let cookie: string | null = null;

/**
 * Signs up the first account (it owns the seeded project) and returns its session cookie, kept
 * for the run: sessions live in the database, so another server on the same file accepts it.
 */
export async function signedInCookie(base: string): Promise<string> {
  cookie ??= await signUp(base, "bench@example.test");
  return cookie;
}

/** Signs a new account up through the app's page (the first account of a fresh database owns the demo project); its session cookie. */
export async function signUp(base: string, email: string): Promise<string> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/en/sign-up`);
    await page.getByLabel("Display name").fill("Bench");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("bench password 123");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.locator("[data-testid=segment-row]").first().waitFor();
    return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

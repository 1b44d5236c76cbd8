/** What the benchmarks that drive the production build share: the wait for `next start` (Chromium's launch options are tests/e2e/chromium.ts). */

/** Resolves once `url` answers 200 (the server is up), or throws after `timeoutMs`. */
export async function waitForServer(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not start at ${url}`);
}

import type { Db } from "@/server/db/client";

export interface Responsiveness<T> {
  result: T;
  /** Longest the event loop was held up while the work ran (ms): the longest gap between heartbeats. */
  maxLagMs: number;
  /** Slowest answer to a trivial database read made every 50 ms meanwhile, one still waiting at the end included (ms). */
  slowestReadMs: number;
  /** How many such reads were answered. */
  reads: number;
}

const HEARTBEAT_MS = 10;

/**
 * Runs `work` while another "member" reads the database every 50 ms, and measures how long the
 * event loop was held up (a heartbeat every 10 ms; the gap until the work ends counts too, so a
 * loop blocked from start to end shows as such) and how long the slowest of those reads waited:
 * what someone else using the server would feel while `work` runs.
 */
export async function whileMeasuringLag<T>(db: Db, work: () => Promise<T>): Promise<Responsiveness<T>> {
  let last = performance.now();
  let maxGap = 0;
  const heartbeat = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last - HEARTBEAT_MS);
    last = now;
  }, HEARTBEAT_MS);
  const reads: number[] = [];
  let pendingSince: number | null = null;
  let running = true;
  const reader = (async () => {
    while (running) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      pendingSince = performance.now();
      await db.user.count();
      reads.push(performance.now() - pendingSince);
      pendingSince = null;
    }
  })();
  try {
    const result = await work();
    const end = performance.now();
    maxGap = Math.max(maxGap, end - last - HEARTBEAT_MS);
    const waiting = pendingSince === null ? 0 : end - pendingSince;
    return { result, maxLagMs: maxGap, slowestReadMs: Math.max(waiting, ...reads), reads: reads.length };
  } finally {
    clearInterval(heartbeat);
    running = false;
    await reader;
  }
}

import type { ReportProgress, WorkProgress } from "@/core/work/progress";

/**
 * Where long operations leave their progress for the page that started them to read (it polls
 * /api/progress/TOKEN with a token of its own making while its request runs). Kept in this
 * process's memory: an operation and its page's polls reach the same server — when several app
 * servers share a database, this moves there (issue 16).
 */
interface Entry {
  userId: string | null;
  progress: WorkProgress;
  at: number;
}

const KEEP_MS = 10 * 60_000;
const TOKEN = /^[0-9a-f-]{36}$/u;
// On globalThis: Next.js bundles each route (the import's server action, the progress route) with
// its own copy of this module, and they must share one board.
const shared = globalThis as unknown as { lisiereProgressBoard?: Map<string, Entry> };
const board = (shared.lisiereProgressBoard ??= new Map<string, Entry>());

function forgetOld(now: number): void {
  for (const [token, entry] of board) if (now - entry.at > KEEP_MS) board.delete(token);
}

/** A reporter writing under `token` (a UUID the page made) for `userId`; nothing for a missing or malformed token. */
export function progressReporter(token: string | null | undefined, userId: string | null): ReportProgress | undefined {
  if (!token || !TOKEN.test(token)) return undefined;
  return (progress) => {
    const now = Date.now();
    forgetOld(now);
    board.set(token, { userId, progress, at: now });
  };
}

/** The progress under `token`, only for the user whose operation it is. */
export function readProgress(token: string, userId: string | null): WorkProgress | null {
  const entry = board.get(token);
  return entry && entry.userId === userId ? entry.progress : null;
}

/** Forgets an operation that ended. */
export function endProgress(token: string | null | undefined): void {
  if (token) board.delete(token);
}

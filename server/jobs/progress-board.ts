import { WORK_STAGES, type ReportProgress, type WorkProgress, type WorkStage } from "@/core/work/progress";
import { getDb, type Db } from "../db/client";

/**
 * Where long operations leave their progress for the page that started them to read (it polls
 * /api/progress/TOKEN with a token of its own making while its request runs). In the database
 * (JobProgress), not in one process's memory: behind a load balancer the poll may reach another
 * app server than the one running the operation.
 *
 * Writes are throttled per operation — an import reports thousands of times, the page polls a few
 * times a second — so at most one row write per `throttleMs`, the latest report always written
 * last. A row goes when its operation ends; rows of operations whose server stopped midway are
 * pruned once stale. On SQLite the reports made inside the operation's own transaction are written
 * in it (one connection per process): the page, served by the same process, still sees them.
 */
export interface ProgressBoard {
  /** A reporter writing under `token` (a UUID the page made) for `userId`; nothing for a missing or malformed token. */
  reporter(token: string | null | undefined, userId: string | null): ReportProgress | undefined;
  /** The progress under `token`, only for the user whose operation it is. */
  read(token: string, userId: string | null): Promise<WorkProgress | null>;
  /** Forgets an operation that ended (after its last report is written). Never throws. */
  end(token: string | null | undefined): Promise<void>;
}

export interface ProgressBoardOptions {
  /** Least time between two writes of one operation's row. */
  throttleMs?: number;
  /** A row not written for this long belongs to an operation that will not end: it is not shown, and pruned. */
  keepMs?: number;
  now?: () => number;
}

const TOKEN = /^[0-9a-f-]{36}$/u;
const THROTTLE_MS = 250;
const KEEP_MS = 10 * 60_000;

/** What one operation's reporter holds in this process: the report not written yet, and the write under way. */
interface Job {
  userId: string | null;
  pending: WorkProgress | null;
  lastWrite: number;
  timer: NodeJS.Timeout | null;
  writing: Promise<void>;
  ended: boolean;
}

export function createProgressBoard(database: () => Db, options: ProgressBoardOptions = {}): ProgressBoard {
  const throttleMs = options.throttleMs ?? THROTTLE_MS;
  const keepMs = options.keepMs ?? KEEP_MS;
  const now = options.now ?? Date.now;
  const jobs = new Map<string, Job>();
  let lastPrune = 0;

  // A failed progress write must never fail the operation it describes: the page just sees an older report.
  const ignore = () => undefined;

  function flush(token: string, job: Job): void {
    job.timer = null;
    const progress = job.pending;
    if (!progress || job.ended) return;
    job.pending = null;
    job.lastWrite = now();
    const updatedAt = new Date(job.lastWrite);
    const row = { userId: job.userId, stage: progress.stage, done: progress.done, total: progress.total, updatedAt };
    job.writing = job.writing.then(() => database().jobProgress.upsert({ where: { token }, create: { token, ...row }, update: row })).then(ignore, ignore);
  }

  function pruneStale(): void {
    const at = now();
    if (at - lastPrune < keepMs / 10) return;
    lastPrune = at;
    database()
      .jobProgress.deleteMany({ where: { updatedAt: { lt: new Date(at - keepMs) } } })
      .then(ignore, ignore);
  }

  return {
    reporter(token, userId) {
      if (!token || !TOKEN.test(token)) return undefined;
      const job: Job = { userId, pending: null, lastWrite: 0, timer: null, writing: Promise.resolve(), ended: false };
      jobs.set(token, job);
      pruneStale();
      return (progress) => {
        if (job.ended) return;
        job.pending = { ...progress };
        if (job.timer) return;
        const wait = job.lastWrite + throttleMs - now();
        if (wait <= 0) flush(token, job);
        else job.timer = setTimeout(() => flush(token, job), wait);
      };
    },

    async read(token, userId) {
      if (!TOKEN.test(token)) return null;
      const row = await database().jobProgress.findUnique({ where: { token } });
      if (!row || row.userId !== userId || now() - row.updatedAt.getTime() > keepMs) return null;
      if (!(WORK_STAGES as readonly string[]).includes(row.stage)) return null;
      return { stage: row.stage as WorkStage, done: row.done, total: row.total };
    },

    async end(token) {
      if (!token || !TOKEN.test(token)) return;
      const job = jobs.get(token);
      jobs.delete(token);
      if (job) {
        job.ended = true;
        if (job.timer) clearTimeout(job.timer);
        await job.writing;
      }
      await database().jobProgress.deleteMany({ where: { token } }).then(ignore, ignore);
    },
  };
}

// On globalThis: Next.js bundles each route (the import's server action, the progress route) with
// its own copy of this module, and a throttled report must not outlive its operation's end.
const shared = globalThis as unknown as { lisiereProgressBoard?: ProgressBoard };
const board = (shared.lisiereProgressBoard ??= createProgressBoard(getDb));

/** A reporter writing under `token` (a UUID the page made) for `userId`; nothing for a missing or malformed token. */
export function progressReporter(token: string | null | undefined, userId: string | null): ReportProgress | undefined {
  return board.reporter(token, userId);
}

/** The progress under `token`, only for the user whose operation it is. */
export function readProgress(token: string, userId: string | null): Promise<WorkProgress | null> {
  return board.read(token, userId);
}

/** Forgets an operation that ended. */
export function endProgress(token: string | null | undefined): Promise<void> {
  return board.end(token);
}

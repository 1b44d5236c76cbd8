import path from "node:path";
import type { Worker } from "node:worker_threads";
import { PARSER_WORKER_HEAP_MB } from "@/core/limits";
import { PROJECT_ROOT } from "../db/database-url";

/** Files parsed in workers at once: each may take seconds of a core and up to the heap cap. */
const AT_ONCE = 1;
/** A parse that takes longer than this is given up (the largest Word file allowed takes about 11 s). */
const TIMEOUT_MS = 60_000;

let running = 0;
const waiting: (() => void)[] = [];

export interface ParseFailures {
  /** The worker threw: the file is not what it claims. */
  unreadable: () => Error;
  /** The worker ran out of its heap or of time. */
  tooBig: () => Error;
}

/**
 * Runs a parser (`server/documents/<workerFile>`, plain JavaScript) in a worker thread with a heap
 * cap and a time limit, one file at a time, handing each message it posts to `onMessage` until it
 * posts `null`. A huge or hostile file costs its sender time, never the server its responsiveness
 * or its memory. After each message the worker is asked for "more" once the event loop has
 * turned: Node delivers all waiting messages in one go, so a worker that posted its whole result
 * at once would hold the server up while it is read.
 */
export async function parseInWorker(workerFile: string, workerData: unknown, onMessage: (message: unknown) => void, failures: ParseFailures): Promise<void> {
  if (running >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    await run(workerFile, workerData, onMessage, failures);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * The worker, started from the file itself, found from the project root at run time. Next.js's
 * bundler rewrites `new Worker(…)` calls it recognises (into a bundled copy, or a lookup that
 * fails, depending on how the call is written); taking the constructor from
 * process.getBuiltinModule keeps this one out of its hands, so `next start`, the CLI and the
 * tests all run the same file.
 */
function startWorker(workerFile: string, workerData: unknown): Worker {
  const { Worker } = process.getBuiltinModule("node:worker_threads");
  return new Worker(path.join(PROJECT_ROOT, "server", "documents", workerFile), {
    workerData,
    resourceLimits: { maxOldGenerationSizeMb: PARSER_WORKER_HEAP_MB },
  });
}

function run(workerFile: string, workerData: unknown, onMessage: (message: unknown) => void, failures: ParseFailures): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(workerFile, workerData);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(failures.tooBig())), TIMEOUT_MS);
    worker.on("message", (message: unknown) => {
      if (settled) return;
      if (message === null) return settle(resolve);
      try {
        onMessage(message);
      } catch (error) {
        return settle(() => reject(error));
      }
      setImmediate(() => settled || worker.postMessage("more"));
    });
    worker.once("error", (error: Error & { code?: string }) =>
      settle(() => reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? failures.tooBig() : failures.unreadable())),
    );
    worker.once("exit", () => settle(() => reject(failures.unreadable())));
  });
}

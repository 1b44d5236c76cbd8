import type { Worker, WorkerOptions } from "node:worker_threads";
import { PARSER_WORKER_HEAP_MB } from "@/core/limits";

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
 * Runs a parser in a worker thread with a heap cap and a time limit, one file at a time, handing
 * each message it posts to `onMessage` until it posts `null`. After each message the worker is
 * asked for "more" once the event loop has turned: Node delivers all waiting messages in one go,
 * so a worker that posted its whole result at once would hold the server up while it is read. A huge or hostile file costs its sender time, never the
 * server its responsiveness or its memory. `start` must be written at the call site as
 * `(options) => new Worker(new URL("./x.worker.mjs", import.meta.url), options)`: that is the
 * form Next.js's bundler recognises and bundles for `next start`; the CLI and vitest load the
 * .mjs file as it is.
 */
export async function parseInWorker(start: (options: WorkerOptions) => Worker, workerData: unknown, onMessage: (message: unknown) => void, failures: ParseFailures): Promise<void> {
  if (running >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    await run(start, workerData, onMessage, failures);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function run(start: (options: WorkerOptions) => Worker, workerData: unknown, onMessage: (message: unknown) => void, failures: ParseFailures): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = start({ workerData, resourceLimits: { maxOldGenerationSizeMb: PARSER_WORKER_HEAP_MB } });
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
    worker.once("error", (error: Error & { code?: string }) => settle(() => reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? failures.tooBig() : failures.unreadable())));
    worker.once("exit", () => settle(() => reject(failures.unreadable())));
  });
}

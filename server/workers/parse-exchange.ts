import { Worker } from "node:worker_threads";
import { DomainError } from "@/core/errors";
import { runExchangeJob, type ExchangeJob, type ExchangeResult } from "./exchange-jobs";

type Reply = { ok: true; value: unknown } | { ok: false; error: { name?: string; code?: string; message: string; details?: unknown } };

/** Heap of a parser worker: a 20 MB XML file and its tree, with room to spare; more is refused, not a crashed server. */
const WORKER_HEAP_MB = 1_024;
const WORKER_TIME_LIMIT_MS = 120_000;

/**
 * Parses an XLIFF or glossary file. Under `next start` it runs in a worker thread, so a large file
 * does not hold up everyone else's requests (Turbopack bundles the worker's TypeScript from the
 * URL); the CLI and the tests, which have no bundle, parse in their own thread. Refusals come back
 * as the parsers' coded DomainErrors either way.
 */
export async function parseExchangeFile<J extends ExchangeJob>(job: J): Promise<ExchangeResult<J>> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return runExchangeJob(job);
  const worker = new Worker(new URL("./exchange-worker.ts", import.meta.url), { workerData: job, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  try {
    const reply = await new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new DomainError("TOO_LARGE", "The file took too long to read; split it into smaller files.", { reason: "TOO_SLOW" })),
        WORKER_TIME_LIMIT_MS,
      );
      worker.once("message", (message: Reply) => (clearTimeout(timer), resolve(message)));
      worker.once("error", (error) => (clearTimeout(timer), reject(error)));
      worker.once(
        "exit",
        (code) => (
          clearTimeout(timer),
          reject(new DomainError("TOO_LARGE", `The file is too large to read (the reader stopped with code ${code}).`, { reason: "TOO_LARGE" }))
        ),
      );
    });
    if (reply.ok) return reply.value as ExchangeResult<J>;
    const { name, code, message, details } = reply.error;
    if (name === "DomainError") throw new DomainError(code as ConstructorParameters<typeof DomainError>[0], message, details as Record<string, unknown>);
    throw new Error(message);
  } finally {
    await worker.terminate();
  }
}

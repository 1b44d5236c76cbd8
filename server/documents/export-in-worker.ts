import { Worker } from "node:worker_threads";
import { DomainError } from "@/core/errors";
import { AppError } from "../errors";
import type { ExportJob } from "./export-document";

type Reply = { chunk: Uint8Array } | { done: true } | { error: { name?: string; code?: string; message: string; details?: unknown } };

/**
 * Runs an export in a worker thread and yields its bytes as the caller asks for them (one chunk
 * per request: the download's pace is the export's pace, and memory holds one chunk). The
 * request thread only passes bytes along, so other users' requests are answered meanwhile.
 * Stopping early (a closed download) stops the worker.
 */
export async function* exportInWorker(job: ExportJob): AsyncGenerator<Uint8Array> {
  const worker = new Worker(new URL("./export-worker.ts", import.meta.url), { workerData: job });
  const ask = (message: "next" | "stop") =>
    new Promise<Reply>((resolve, reject) => {
      const onError = (error: Error) => settle(() => reject(error));
      // A worker that dies without a word (out of memory, killed) must not leave the download hanging.
      const onExit = (code: number) => settle(() => reject(new Error(`The export stopped unexpectedly (worker exit code ${code}).`)));
      const onMessage = (reply: Reply) => settle(() => resolve(reply));
      const settle = (then: () => void) => {
        worker.off("error", onError).off("exit", onExit).off("message", onMessage);
        then();
      };
      worker.on("error", onError).on("exit", onExit).on("message", onMessage);
      worker.postMessage(message);
    });
  let finished = false;
  try {
    for (;;) {
      const reply = await ask("next");
      if ("done" in reply) {
        finished = true;
        return;
      }
      if ("error" in reply) {
        finished = true;
        const { code, message, details } = reply.error;
        // Coded refusals keep their code across the thread boundary; anything else stays a failure.
        if (reply.error.name === "AppError") throw new AppError(code as ConstructorParameters<typeof AppError>[0], message, details as Record<string, unknown>);
        if (reply.error.name === "DomainError")
          throw new DomainError(code as ConstructorParameters<typeof DomainError>[0], message, details as Record<string, unknown>);
        throw new Error(message);
      }
      yield reply.chunk;
    }
  } finally {
    if (!finished) await ask("stop").catch(() => undefined);
    await worker.terminate();
  }
}

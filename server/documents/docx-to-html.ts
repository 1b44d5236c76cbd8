import { Worker } from "node:worker_threads";
import { DomainError } from "@/core/errors";
import { DOCX_WORKER_HEAP_MB } from "@/core/limits";
/** Word files read at once: each may take a couple of seconds of a core and up to the heap cap. */
const AT_ONCE = 1;
/** A file that takes longer than this is refused (20 MB of XML, the limit, takes about 11 s). */
const TIMEOUT_MS = 60_000;

let running = 0;
const waiting: (() => void)[] = [];

const damaged = () => new DomainError("BINARY_FILE", "This DOCX file cannot be read (it is damaged or not a Word document).");
const tooBig = () => new DomainError("TOO_LARGE", "This Word file is too large or too complex to read; split it into several files, or save the text as .txt.", { reason: "DOCX_TOO_COMPLEX" });

/**
 * The HTML mammoth makes of a Word file, computed in a worker thread with a heap cap and a time
 * limit, one file at a time: a huge or hostile file costs its sender time, never the server its
 * responsiveness or its memory. Check the unpacked size first (check-docx-size.ts).
 */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  if (running >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await convertInWorker(bytes);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function convertInWorker(bytes: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    // This exact form (a URL relative to this module) is what Next.js's bundler recognises and
    // bundles as a worker entry for `next start`; the CLI (tsx) and vitest load the .mjs file as is.
    const worker = new Worker(new URL("./docx-to-html.worker.mjs", import.meta.url), { workerData: { bytes }, resourceLimits: { maxOldGenerationSizeMb: DOCX_WORKER_HEAP_MB } });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(tooBig())), TIMEOUT_MS);
    worker.once("message", (html: string) => settle(() => resolve(html)));
    worker.once("error", (error: Error & { code?: string }) => settle(() => reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? tooBig() : damaged())));
    worker.once("exit", () => settle(() => reject(damaged())));
  });
}

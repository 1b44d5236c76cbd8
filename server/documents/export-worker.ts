/**
 * Worker thread entry for exports (see export-in-worker.ts): writes one export with its own
 * database connection and hands the bytes over one chunk per request from the main thread, so the
 * export goes at the pace of the download and never holds up the server's request thread.
 */
import { parentPort, workerData } from "node:worker_threads";
import { disconnectDb, getDb } from "../db/client";
import { exportChunks, type ExportJob } from "./export-document";

const port = parentPort!;
const chunks = exportChunks(getDb(), workerData as ExportJob);

/** Bytes gathered per message: fewer, larger hand-overs cost the request thread less. */
const MESSAGE_BYTES = 256 * 1024;

/** The next chunks up to about MESSAGE_BYTES, joined; null when the export is finished. */
async function nextBatch(): Promise<Uint8Array<ArrayBuffer> | null> {
  const parts: Uint8Array[] = [];
  let size = 0;
  while (size < MESSAGE_BYTES) {
    const { value, done } = await chunks.next();
    if (done) break;
    parts.push(value);
    size += value.length;
  }
  if (parts.length === 0) return null;
  const batch = new Uint8Array(new ArrayBuffer(size));
  let at = 0;
  for (const part of parts) {
    batch.set(part, at);
    at += part.length;
  }
  return batch;
}

port.on("message", async (message: "next" | "stop") => {
  try {
    const batch = message === "stop" ? (await chunks.return(undefined), null) : await nextBatch();
    if (batch === null) {
      await disconnectDb();
      port.postMessage({ done: true });
    } else {
      port.postMessage({ chunk: batch }, [batch.buffer]);
    }
  } catch (error) {
    await disconnectDb().catch(() => undefined);
    const coded = error as { code?: string; message?: string; details?: unknown; name?: string };
    port.postMessage({ error: { name: coded.name, code: coded.code, message: coded.message ?? String(error), details: coded.details } });
  }
});

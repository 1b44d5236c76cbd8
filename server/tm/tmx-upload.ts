import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { formatBytes } from "@/core/formats/tbx/read-xml";
import { AppError } from "../errors";

/**
 * A TMX upload received into a temporary file before it is imported: the upload runs at the
 * client's pace, and the import's transaction (which holds the database's write lock) must not wait
 * on a slow network. The body is counted as it arrives and refused past the limit — by its declared
 * length before a byte is read, else as soon as it passes — so an oversized upload never fills the
 * disk; the file is deleted by `discard`, whatever happens.
 */
export interface ReceivedUpload {
  file: string;
  bytes: number;
  discard: () => void;
}

export function tooLargeUpload(limit: number): AppError {
  return new AppError("TOO_LARGE", `The file is larger than the ${formatBytes(limit)} limit.`, { reason: "TOO_LARGE", limit });
}

export async function receiveTmxUpload(body: ReadableStream<Uint8Array> | null, declaredLength: number, limit: number): Promise<ReceivedUpload> {
  if (declaredLength > limit) throw tooLargeUpload(limit);
  if (!body) throw new AppError("INVALID_INPUT", "Send the TMX file as the request body.", { reason: "NO_CONTENT" });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lisiere-tmx-"));
  const discard = () => fs.rmSync(dir, { recursive: true, force: true });
  const file = path.join(dir, "upload.tmx");
  // Opened now, not lazily by the stream: a refusal can then close it before the folder goes.
  const out = fs.createWriteStream(file, { fd: fs.openSync(file, "w") });
  let bytes = 0;
  const reader = body.getReader();
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      bytes += next.value.byteLength;
      if (bytes > limit) {
        await reader.cancel();
        throw tooLargeUpload(limit);
      }
      // Waits for the disk when it is slower than the network, so the upload is never held in memory.
      // (once() rejects if the stream fails meanwhile: a full disk is an error, not a hang.)
      if (!out.write(next.value)) await once(out, "drain");
    }
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  } catch (error) {
    out.on("error", () => undefined);
    await new Promise<void>((resolve) => out.destroy().once("close", () => resolve()));
    discard();
    throw error;
  }
  if (bytes === 0) {
    discard();
    throw new AppError("INVALID_INPUT", "The file is empty.", { reason: "NO_CONTENT" });
  }
  return { file, bytes, discard };
}

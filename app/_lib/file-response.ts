import { NextResponse } from "next/server";
import { isAppError } from "@/server/errors";

/** Attachment disposition with a UTF-8 file name, nothing cached, nothing executable. */
function downloadHeaders(file: { fileName: string; contentType: string }): Record<string, string> {
  return {
    "Content-Type": file.contentType,
    "Content-Disposition": `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
  };
}

/** A download held in memory (text or bytes). */
export function fileResponse(file: { fileName: string; contentType: string; body: string | Uint8Array }) {
  // Bytes are copied into a plain ArrayBuffer-backed view (a Buffer may sit on a shared pool).
  return new NextResponse(typeof file.body === "string" ? file.body : new Uint8Array(file.body), { headers: downloadHeaders(file) });
}

/**
 * A download made as it is sent: each chunk is produced when the client is ready for it (a pull
 * stream), so a slow reader holds back the export instead of the server buffering it all.
 */
export function streamResponse(file: { fileName: string; contentType: string; chunks: AsyncIterable<Uint8Array> }) {
  const iterator = file.chunks[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(new Uint8Array(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new NextResponse(body, { headers: downloadHeaders(file) });
}

/** Coded errors become JSON with their status; anything else is a real failure and propagates. */
export function errorResponse(error: unknown) {
  if (isAppError(error)) return NextResponse.json(error.toJSON(), { status: error.status });
  throw error;
}

import { NextResponse } from "next/server";
import { isAppError } from "@/server/errors";

/** A download (text or bytes): attachment disposition with a UTF-8 file name, nothing cached, nothing executable. */
export function fileResponse(file: { fileName: string; contentType: string; body: string | Uint8Array }) {
  // Bytes are copied into a plain ArrayBuffer-backed view (a Buffer may sit on a shared pool).
  return new NextResponse(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}

/** Coded errors become JSON with their status; anything else is a real failure and propagates. */
export function errorResponse(error: unknown) {
  if (isAppError(error)) return NextResponse.json(error.toJSON(), { status: error.status });
  throw error;
}

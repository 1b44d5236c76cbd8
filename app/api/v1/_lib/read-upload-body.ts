import type { NextRequest } from "next/server";
import { AppError } from "@/server/errors";
import { assertUploadSize, MAX_IMPORT_BYTES } from "@/server/documents/read-upload";
import { FORM_ENVELOPE_BYTES } from "@/app/_lib/request-limits";

/**
 * An uploaded file from a multipart form (field `file`) or the raw request body (name from
 * `?fileName=`). A declared size over the limit is refused before anything is read; a raw body
 * without a declared size stops being read at the limit.
 */
export async function readUploadBody(request: NextRequest, limit = MAX_IMPORT_BYTES): Promise<{ bytes: Uint8Array; fileName?: string }> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  const multipart = (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
  if (declared) assertUploadSize(declared - (multipart ? Math.min(declared, FORM_ENVELOPE_BYTES) : 0), limit);
  if (multipart) {
    const form = await request.formData().catch(() => {
      throw new AppError("INVALID_INPUT", "The multipart body could not be read.");
    });
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("INVALID_INPUT", "Send the file in a form field named “file”.");
    assertUploadSize(file.size, limit);
    return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      size += next.value.byteLength;
      if (size > limit) {
        await reader.cancel();
        assertUploadSize(size, limit);
      }
      chunks.push(next.value);
    }
  }
  if (size === 0) throw new AppError("INVALID_INPUT", "The request body is empty: send the file's bytes.");
  return { bytes: new Uint8Array(Buffer.concat(chunks)), fileName: request.nextUrl.searchParams.get("fileName") ?? undefined };
}

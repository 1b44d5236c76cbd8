import type { NextRequest } from "next/server";
import { AppError } from "@/server/errors";
import { assertUploadSize, MAX_IMPORT_BYTES } from "@/server/documents/read-upload";
import { readBodyBytes } from "@/app/_lib/read-body-bytes";
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
  const bytes = await readBodyBytes(request, limit, (size) => {
    assertUploadSize(size, limit);
    throw new Error("unreachable: assertUploadSize throws past the limit");
  });
  if (bytes.byteLength === 0) throw new AppError("INVALID_INPUT", "The request body is empty: send the file's bytes.");
  return { bytes, fileName: request.nextUrl.searchParams.get("fileName") ?? undefined };
}

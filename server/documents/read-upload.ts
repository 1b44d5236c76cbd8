import { DomainError } from "@/core/errors";
import type { ParsedBlock } from "@/core/model/document";
import { AppError } from "../errors";
import { readTextBlocks, type TextFormat } from "./read-text-blocks";

/** Largest file we import (bytes). Larger files are refused whole, before parsing. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Refuses an upload over the limit with a message that gives both sizes. */
export function assertUploadSize(bytes: number): void {
  if (bytes > MAX_IMPORT_BYTES) {
    throw new AppError("TOO_LARGE", `The file is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB.`, { reason: "TOO_LARGE", size: bytes, limit: MAX_IMPORT_BYTES });
  }
}

/**
 * The blocks of an uploaded or pasted text, for every importer: size limit, then decoding and
 * parsing, with the domain's refusals (empty, binary, bad encoding…) turned into coded AppErrors.
 */
export async function readUploadBlocks(content: Uint8Array | string, format: TextFormat): Promise<{ blocks: ParsedBlock[]; date?: string }> {
  assertUploadSize(typeof content === "string" ? Buffer.byteLength(content) : content.byteLength);
  try {
    return await readTextBlocks(content, format);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const code = error.code === "TOO_LARGE" ? "TOO_LARGE" : error.code === "INVALID_INPUT" ? "INVALID_INPUT" : "UNREADABLE_FILE";
    throw new AppError(code, error.message, { reason: error.code, ...error.details });
  }
}

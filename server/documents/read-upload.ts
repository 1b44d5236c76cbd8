import type { ParsedBlock } from "@/core/model/document";
import { routeImport, type ImportPurpose, type ImportRoute } from "@/core/import/route-import";
import { sniffContent } from "@/core/import/sniff-content";
import { AppError } from "../errors";
import { fromDomainError } from "../from-domain-error";
import { readTextBlocks, type TextFormat } from "./read-text-blocks";
import { MAX_IMPORT_BYTES } from "@/core/limits";

/** Largest file we import (bytes; core/limits.ts). Larger files are refused whole, before parsing. */
export { MAX_IMPORT_BYTES };

/** Refuses an upload over the limit with a message that gives both sizes. */
export function assertUploadSize(bytes: number, limit = MAX_IMPORT_BYTES, noun = "file"): void {
  if (bytes > limit) {
    throw new AppError("TOO_LARGE", `The ${noun} is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${limit / 1048576} MB.`, {
      reason: "TOO_LARGE",
      size: bytes,
      limit,
    });
  }
}

/**
 * Which reader an upload goes to, from what its content is (the name's format only tells text
 * formats apart); a TMX, a PDF, XLIFF 1.2… is refused here with a coded UNREADABLE_FILE whose
 * message names the format and what to do, before anything is read or written.
 */
export function routeUpload(content: Uint8Array | string, nameFormat: TextFormat, purpose: "translation"): Extract<ImportRoute, { reader: "blocks" }>;
export function routeUpload(content: Uint8Array | string, nameFormat: TextFormat, purpose: ImportPurpose): ImportRoute;
export function routeUpload(content: Uint8Array | string, nameFormat: TextFormat, purpose: ImportPurpose): ImportRoute {
  try {
    return routeImport(sniffContent(content), nameFormat, purpose);
  } catch (error) {
    fromDomainError(error);
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
    fromDomainError(error);
  }
}

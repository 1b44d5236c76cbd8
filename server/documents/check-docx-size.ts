import zlib from "node:zlib";
import { DomainError } from "@/core/errors";
import { readZipDirectory, zipEntryData, type ZipEntry } from "@/core/import/zip-entries";
import { MAX_DOCX_XML_BYTES, MAX_UNPACKED_BYTES } from "@/core/limits";

const MB = 1024 * 1024;
const XML_PART = /\.(xml|rels)$/i;

/**
 * Refuses a Word file that unpacks to more than the limits (core/limits.ts) before anything
 * parses it. The sizes a zip declares can lie, so every part is really inflated — streamed, on
 * zlib's thread pool, counting bytes and stopping at the limit — and a directory this reader
 * cannot see whole (ZIP64, cut short) is refused too rather than trusted.
 */
export async function checkDocxSize(bytes: Uint8Array): Promise<void> {
  const directory = readZipDirectory(bytes);
  if (!directory?.complete) throw damaged();
  let total = 0;
  let xml = 0;
  for (const entry of directory.entries) {
    const size = await unpackedSize(bytes, entry, MAX_UNPACKED_BYTES - total);
    total += size;
    if (XML_PART.test(entry.name)) xml += size;
    if (total > MAX_UNPACKED_BYTES) {
      throw new DomainError(
        "TOO_LARGE",
        `This Word file unpacks to more than ${MAX_UNPACKED_BYTES / MB} MB, which is more than a document can hold; split it, or save the text as .txt.`,
        { reason: "UNPACKED_TOO_LARGE", limitMb: MAX_UNPACKED_BYTES / MB },
      );
    }
    if (xml > MAX_DOCX_XML_BYTES) {
      throw new DomainError(
        "TOO_LARGE",
        `The text of this Word file takes more than ${MAX_DOCX_XML_BYTES / MB} MB once unpacked; split it into several files.`,
        { reason: "DOCX_TEXT_TOO_LARGE", limitMb: MAX_DOCX_XML_BYTES / MB },
      );
    }
  }
}

function damaged(): DomainError {
  return new DomainError("BINARY_FILE", "This DOCX file cannot be read (it is damaged or not a Word document).");
}

/** Bytes the entry unpacks to, counting no further than `room` + 1. */
async function unpackedSize(bytes: Uint8Array, entry: ZipEntry, room: number): Promise<number> {
  const data = zipEntryData(bytes, entry);
  if (!data) throw damaged();
  if (entry.method === 0) return data.byteLength;
  if (entry.method !== 8) throw damaged();
  return new Promise((resolve, reject) => {
    const inflate = zlib.createInflateRaw();
    let size = 0;
    inflate.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > room) {
        inflate.destroy();
        resolve(size);
      }
    });
    inflate.on("end", () => resolve(size));
    inflate.on("error", () => reject(damaged()));
    inflate.end(data);
  });
}

import { zipEntries } from "../zip/zip-entries";
import { writeAll } from "../document-writer";
import type { PackagePart } from "./docx-package";
import type { DocxExport } from "./english-docx";

/** How much document.xml text is gathered before it is compressed (fewer, larger deflate calls). */
const CHUNK_CHARS = 64 * 1024;

/**
 * Packs a Word document as its text is written: the fixed parts first, then word/document.xml
 * compressed piece by piece through the one streaming zip writer (zipEntries), so memory stays
 * that of one chunk whatever the document's length.
 */
export function zipDocx(parts: readonly PackagePart[], document: AsyncIterable<string> | Iterable<string>): AsyncGenerator<Uint8Array> {
  return zipEntries([...parts.map((part) => ({ name: part.name, content: part.text })), { name: "word/document.xml", content: inChunks(document) }]);
}

/** The document's text in pieces of at least CHUNK_CHARS (the last may be shorter), encoded. */
async function* inChunks(document: AsyncIterable<string> | Iterable<string>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let pending = "";
  for await (const piece of document) {
    pending += piece;
    if (pending.length < CHUNK_CHARS) continue;
    yield encoder.encode(pending);
    pending = "";
  }
  if (pending) yield encoder.encode(pending);
}

/** A whole Word file in memory (tests and small documents): the same bytes, gathered. */
export async function docxBytes<S>(docx: DocxExport<S>, blocks: Parameters<typeof writeAll<S>>[1]): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of zipDocx(docx.parts, [writeAll(docx.writer, blocks)])) chunks.push(chunk);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

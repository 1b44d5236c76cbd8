import { Zip, ZipDeflate } from "fflate";
import { writeAll } from "../document-writer";
import type { PackagePart } from "./docx-package";
import type { DocxExport } from "./english-docx";

/** How much document.xml text is gathered before it is compressed (fewer, larger deflate calls). */
const CHUNK_CHARS = 64 * 1024;

/**
 * Packs a Word document as its text is written: the fixed parts first, then word/document.xml
 * compressed piece by piece, the zip's bytes yielded as they are made (fflate's streaming Zip), so
 * memory stays that of one chunk whatever the document's length.
 */
export async function* zipDocx(parts: readonly PackagePart[], document: AsyncIterable<string> | Iterable<string>): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  const encoder = new TextEncoder();
  function* drain(): Generator<Uint8Array> {
    if (failure) throw failure;
    while (ready.length > 0) yield ready.shift()!;
  }
  for (const part of parts) {
    const file = new ZipDeflate(part.name, { level: 6 });
    zip.add(file);
    file.push(encoder.encode(part.text), true);
  }
  const body = new ZipDeflate("word/document.xml", { level: 6 });
  zip.add(body);
  let pending = "";
  for await (const piece of document) {
    pending += piece;
    if (pending.length < CHUNK_CHARS) continue;
    body.push(encoder.encode(pending));
    pending = "";
    yield* drain();
  }
  body.push(encoder.encode(pending), true);
  zip.end();
  yield* drain();
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

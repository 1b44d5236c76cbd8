/**
 * Bytes of a TMX file to text, a chunk at a time. TMX files come in UTF-8 (most tools) or UTF-16
 * (Trados writes UTF-16LE with a BOM); the encoding is read from the byte-order mark, else from the
 * first bytes' pattern, else from the XML declaration (`encoding="windows-1252"`), UTF-8 by default.
 * Invalid bytes are an error, never silently replaced: a unit with mangled accents would be
 * imported as a different sentence.
 */

import { tmxError } from "./errors";

// Enough for any XML declaration; the encoding is decided once this much (or the whole file) is in.
const SNIFF_BYTES = 256;

export class TmxDecoder {
  private decoder: TextDecoder | null = null;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  /** Text of the next chunk (possibly "" while the first bytes are still being collected). */
  push(bytes: Uint8Array): string {
    if (this.decoder) return this.decode(bytes, true);
    this.pending.push(bytes);
    this.pendingBytes += bytes.byteLength;
    return this.pendingBytes >= SNIFF_BYTES ? this.flushPending(true) : "";
  }

  /** The text still held back at the end of the file. */
  end(): string {
    const text = this.decoder ? "" : this.flushPending(false);
    return text + this.decode(new Uint8Array(0), false);
  }

  private flushPending(stream: boolean): string {
    const head = concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.decoder = openDecoder(head);
    return this.decode(head, stream);
  }

  private decode(bytes: Uint8Array, stream: boolean): string {
    try {
      return this.decoder!.decode(bytes, { stream });
    } catch {
      throw tmxError("BAD_ENCODING", `The file is not valid ${this.decoder!.encoding.toUpperCase()} text; save it as UTF-8 and import it again.`, {
        encoding: this.decoder!.encoding,
      });
    }
  }
}

function openDecoder(head: Uint8Array): TextDecoder {
  const label = encodingOf(head);
  try {
    // ignoreBOM: false (the default) drops a leading byte-order mark.
    return new TextDecoder(label, { fatal: true });
  } catch {
    throw tmxError("BAD_ENCODING", `The file declares the encoding "${label}", which cannot be read; save it as UTF-8 and import it again.`, {
      encoding: label,
    });
  }
}

function encodingOf(head: Uint8Array): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  if (head[0] === 0x3c && head[1] === 0x00) return "utf-16le";
  if (head[0] === 0x00 && head[1] === 0x3c) return "utf-16be";
  // The declaration is ASCII in every ASCII-compatible encoding.
  const declaration = /^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/u.exec(String.fromCharCode(...head.subarray(0, SNIFF_BYTES)));
  const declared = declaration?.[1].toLowerCase();
  // A file declaring UTF-16 without a BOM or pattern above is not UTF-16 after all.
  return !declared || declared.startsWith("utf-16") ? "utf-8" : declared;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

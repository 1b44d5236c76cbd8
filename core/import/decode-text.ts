/**
 * Turns the bytes of an uploaded file into text: detects the encoding, refuses binary files with a
 * message a user can act on, and normalises line endings and Unicode.
 */

import { DomainError } from "../errors";
import { binarySignature } from "./binary-signatures";
import { decodeWindows1252 } from "./windows-1252";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

// C0 controls other than tab, line feed, form feed and carriage return; DEL; and C1 controls,
// which windows-1252 yields only for its five undefined bytes.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/gu;
/** Above this share of control characters (or more than two in a small file) we call it binary. */
const MAX_CONTROL_RATIO = 0.001;
/** Letters ≥ 0xC0 in a row from which we take them for whole words rather than accented letters. */
const LONG_LETTER_RUN = 3;

const BINARY_HINT = "Import plain text or Markdown.";

/** Decodes file bytes to NFC text with \n line endings, or throws a DomainError (empty, binary, unknown encoding). */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new DomainError("EMPTY_FILE", "The file is empty.");
  const magic = binarySignature(bytes);
  if (magic) {
    throw new DomainError("BINARY_FILE", `This looks like a binary file (${magic.label}), not text. ${BINARY_HINT}`, {
      format: magic.label,
    });
  }
  const decoded = decodeBytes(bytes);
  const controls = decoded.text.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(2, decoded.text.length * MAX_CONTROL_RATIO)) {
    throw new DomainError("BINARY_FILE", `This looks like a binary file, not text. ${BINARY_HINT}`, {
      controlCharacters: controls,
    });
  }
  const text = decoded.text
    .replace(CONTROL, "") // a stray control character or two is noise, not content
    .replace(/\r\n?|[\u2028\u2029]/gu, "\n")
    .replace(/\f/gu, "\n\n") // a page break separates paragraphs
    .normalize("NFC");
  if (text.trim() === "") throw new DomainError("EMPTY_FILE", "The file is empty.");
  return { text, encoding: decoded.encoding };
}

function decodeBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strict("utf-8", bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return strict("utf-16le", bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return strict("utf-16be", bytes.subarray(2));
  // NUL never occurs in 8-bit text; without a BOM it means binary (or BOM-less UTF-16, which is rare).
  if (bytes.includes(0)) {
    throw new DomainError("BINARY_FILE", `This looks like a binary file, not text. ${BINARY_HINT}`, { nulBytes: true });
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not UTF-8: most likely Western European text saved by an older Windows program.
  }
  if (!looksWesternEuropean(bytes)) {
    throw new DomainError("UNSUPPORTED_ENCODING", "This file is neither UTF-8 nor Western European (Windows-1252) text. Save it as UTF-8 and import it again.");
  }
  return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
}

/**
 * In Western European text, the letters above 0x7F (0xC0–0xFF: é, û, Ç…) sit between ASCII letters;
 * no French word has three accented letters in a row. In other code pages (Cyrillic, Greek…) that
 * range holds the alphabet itself, so whole words are made of it. Symbols (0x80–0xBF: « » NBSP €)
 * are left out: "«\u00a0É" is ordinary French.
 */
function looksWesternEuropean(bytes: Uint8Array): boolean {
  let letters = 0;
  let inLongRuns = 0;
  let run = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] >= 0xc0) {
      letters++;
      run++;
      continue;
    }
    if (run >= LONG_LETTER_RUN) inLongRuns += run;
    run = 0;
  }
  return inLongRuns * 2 <= letters;
}

function strict(encoding: TextEncodingName, bytes: Uint8Array): DecodedText {
  try {
    // ignoreBOM: the BOM is already sliced off; a second one would be content.
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    throw new DomainError(
      "UNSUPPORTED_ENCODING",
      `This file starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()}. Save it as UTF-8 and import it again.`,
      { encoding },
    );
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

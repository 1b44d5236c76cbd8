/**
 * Reads a glossary file of either supported format: decodes its bytes (BOM, UTF-16, Windows-1252),
 * picks the format from the file name (or, for an unknown extension, from the content) and parses
 * it with parseTbx or parseGlossaryCsv. Every refusal is a coded DomainError with a plain message.
 */

import { DomainError } from "../errors";
import { decodeText } from "../import/decode-text";
import type { TermbaseEntry } from "../terms/termbase-entry";
import { parseGlossaryCsv } from "./csv/parse-glossary-csv";
import { readTbx } from "./tbx/parse-tbx";

export type GlossaryFormat = "tbx" | "csv";

/** The glossary format of a file: by extension (.tbx, .xml, .tbx.xml; .csv, .tsv, .txt), else XML-looking text is TBX; null if unknown. */
export function glossaryFormatOf(fileName: string, text?: string): GlossaryFormat | null {
  const name = fileName.toLowerCase();
  if (/\.(?:tbx|xml)$/u.test(name)) return "tbx";
  if (/\.(?:csv|tsv|txt)$/u.test(name)) return "csv";
  if (text !== undefined && /^\uFEFF?\s*</u.test(text)) return "tbx";
  return null;
}

/**
 * Decodes and parses a glossary file; throws a DomainError (empty, binary, malformed or hostile,
 * unknown format, larger than `maxBytes` — the caller's upload limit, so both say the same).
 */
export function readGlossary(
  bytes: Uint8Array,
  fileName: string,
  options: { maxBytes?: number } = {},
): { format: GlossaryFormat; entries: TermbaseEntry[]; warnings: string[] } {
  const { text } = decodeText(bytes);
  const format = glossaryFormatOf(fileName, text);
  if (!format) {
    const base = fileName.split(/[\\/]/u).pop() || fileName;
    throw new DomainError("INVALID_INPUT", `"${base}" is neither TBX nor CSV: name it .tbx or .csv.`, { reason: "UNKNOWN_FORMAT" });
  }
  // TBX reports what it read but could not keep as is (concepts without French, odd elements).
  if (format === "tbx") return { format, ...readTbx(text, options) };
  return { format, entries: parseGlossaryCsv(text, options), warnings: [] };
}

/**
 * Glossary CSV import: a header row naming the columns (source required; preferred, admitted,
 * forbidden, definition, note, domain, partOfSpeech, sourceUrl and id optional, in any order,
 * others ignored), then one entry per row. The delimiter (comma, semicolon — French Excel's — or
 * tab) is detected from the header; a UTF-8 BOM and CR/LF/CRLF line ends are accepted.
 */

import { DomainError } from "../../errors";
import type { TermbaseEntry } from "../../terms/termbase-entry";
import { TERM_SEPARATOR, columnOf, unguardFormula, type GlossaryColumn } from "./glossary-columns";
import { badCsv, readCsvRecords } from "./rfc4180";

/** Options for parseGlossaryCsv. */
export interface ParseGlossaryCsvOptions {
  /** Largest accepted file, in UTF-8 bytes. @default 10 MB */
  maxBytes?: number;
}

const DEFAULT_MAX = 10 * 1024 * 1024;
const DELIMITERS = [",", ";", "\t"] as const;

/** Parses a glossary CSV; throws a coded DomainError (reason BAD_CSV, with the row) and imports nothing if refused. */
export function parseGlossaryCsv(text: string, options: ParseGlossaryCsvOptions = {}): TermbaseEntry[] {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX;
  if (utf8Length(text, maxBytes) > maxBytes) {
    throw new DomainError(
      "TOO_LARGE",
      `The file is larger than the ${maxBytes >= 1048576 ? `${Math.round(maxBytes / 104857.6) / 10} MB` : `${maxBytes} bytes`} limit.`,
      { reason: "TOO_LARGE", maxBytes },
    );
  }
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const [header, ...rows] = readCsvRecords(body, delimiter);
  if (!header) throw badCsv(`The file is empty; it needs a header row naming a "source" column.`, 1, { row: 1 });
  const columns = header.fields.map((name) => columnOf(name.trim()));
  if (!columns.includes("source")) {
    throw badCsv(`The first row must name the columns, including "source"; found: ${header.fields.map((f) => `"${f.trim()}"`).join(", ")}.`, header.line, {
      row: 1,
    });
  }
  const entries: TermbaseEntry[] = [];
  rows.forEach((record, k) => {
    const row = k + 2;
    if (record.fields.every((f) => f.trim() === "")) return;
    const extra = record.fields.slice(columns.length).filter((f) => f.trim() !== "");
    if (extra.length > 0) {
      throw badCsv(
        `Row ${row} (line ${record.line}) has ${record.fields.length} cells but the header has ${columns.length}; quote cells that contain "${delimiter === "\t" ? "tab" : delimiter}".`,
        record.line,
        { row },
      );
    }
    const cells = new Map<GlossaryColumn, string>();
    columns.forEach((column, c) => {
      if (column && !cells.has(column)) cells.set(column, unguardFormula(record.fields[c] ?? "").trim());
    });
    const source = cells.get("source") ?? "";
    if (source === "") throw badCsv(`Row ${row} (line ${record.line}) has no source term.`, record.line, { row });
    entries.push(toEntry(source, cells));
  });
  return entries;
}

function toEntry(source: string, cells: Map<GlossaryColumn, string>): TermbaseEntry {
  const id = cells.get("id");
  const entry: TermbaseEntry = { ...(id ? { id } : {}), source, preferred: cells.get("preferred") ?? "" };
  for (const column of ["admitted", "forbidden"] as const) {
    const terms = (cells.get(column) ?? "")
      .split(TERM_SEPARATOR)
      .map((t) => unguardFormula(t.trim()).trim())
      .filter(Boolean);
    if (terms.length > 0) entry[column] = terms;
  }
  for (const column of ["definition", "note", "domain", "partOfSpeech", "sourceUrl"] as const) {
    const value = cells.get(column);
    if (value) entry[column] = value;
  }
  return entry;
}

/** UTF-8 length of `text`, or any value above `cap` as soon as it is sure to exceed it. */
function utf8Length(text: string, cap: number): number {
  if (text.length > cap || text.length * 3 <= cap) return text.length;
  return new TextEncoder().encode(text).length;
}

/** The delimiter whose split of the first line names a "source" column, preferring more columns, then comma. */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/u));
  let best: { delimiter: string; columns: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const cells = firstLine.split(delimiter).map((c) => columnOf(c.trim().replace(/^"|"$/gu, "")));
    if (!cells.includes("source")) continue;
    if (!best || cells.length > best.columns) best = { delimiter, columns: cells.length };
  }
  return best?.delimiter ?? ",";
}

/**
 * A small RFC 4180 reader and field writer. Hand-written rather than a dependency: nothing for CSV
 * is installed, csv-parse brings a stream API we do not need and papaparse is ~20× this file for a
 * format whose grammar is six lines; here every error carries the line where it happened.
 * Lenient where spreadsheets are sloppy (CR, LF or CRLF line ends; a stray quote inside an unquoted
 * field is kept as text), strict where data could be silently misread (an unterminated quoted
 * field, text after a closing quote).
 */

import { DomainError } from "../../errors";

/** One record and the 1-based line it starts on (a quoted field may span lines). */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** Splits `text` into records; a final line end does not make an empty last record. */
export function readCsvRecords(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const length = text.length;
  let fields: string[] = [];
  let line = 1;
  let recordLine = 1;
  let i = 0;
  while (i < length) {
    let value: string;
    if (text[i] === '"') {
      const startLine = line;
      value = "";
      for (let from = i + 1; ;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) throw badCsv(`A quoted field opened on line ${startLine} is never closed.`, startLine);
        value += text.slice(from, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          from = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      line += countLineEnds(value);
      if (i < length && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") {
        throw badCsv(`Line ${line} has text after a closing quote; double the quotes inside a quoted field ("").`, line);
      }
    } else {
      let end = i;
      while (end < length && text[end] !== delimiter && text[end] !== "\n" && text[end] !== "\r") end++;
      value = text.slice(i, end);
      i = end;
    }
    fields.push(value);
    if (i >= length) break;
    if (text[i] === delimiter) {
      i++;
      // A delimiter at the very end still opens one more (empty) field.
      if (i === length) fields.push("");
      continue;
    }
    i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
    records.push({ fields, line: recordLine });
    fields = [];
    line++;
    recordLine = line;
  }
  if (fields.length > 0) records.push({ fields, line: recordLine });
  return records;
}

/** Quotes a field when it holds the delimiter, a quote, a line break, or edge spaces that readers trim. */
export function formatCsvField(value: string, delimiter: string): string {
  const needsQuotes = value.includes(delimiter) || /["\r\n]|^\s|\s$/u.test(value);
  return needsQuotes ? `"${value.replace(/"/gu, '""')}"` : value;
}

function countLineEnds(value: string): number {
  let count = 0;
  for (let k = 0; k < value.length; k++) {
    if (value[k] === "\n" || (value[k] === "\r" && value[k + 1] !== "\n")) count++;
  }
  return count;
}

/** The coded error for a CSV file we cannot read safely. */
export function badCsv(message: string, line?: number, details: Record<string, unknown> = {}): DomainError {
  return new DomainError("INVALID_INPUT", message, { reason: "BAD_CSV", ...(line === undefined ? {} : { line }), ...details });
}

/**
 * Glossary CSV export (RFC 4180, CRLF line ends): the header row, then one row per entry, with
 * admitted and forbidden terms joined by "|". Cells a spreadsheet would run as formulas are
 * prefixed with an apostrophe (see glossary-columns.ts); parseGlossaryCsv removes it again.
 */

import { DomainError } from "../../errors";
import type { TermbaseEntry } from "../../terms/termbase-entry";
import { GLOSSARY_COLUMNS, TERM_SEPARATOR, guardFormula } from "./glossary-columns";
import { formatCsvField } from "./rfc4180";

/** Options for writeGlossaryCsv. */
export interface WriteGlossaryCsvOptions {
  /** ";" suits Excel in French locales, which splits CSV on semicolons. @default "," */
  delimiter?: "," | ";" | "\t";
  /** Start with a UTF-8 BOM, without which Excel reads UTF-8 as Windows-1252 and garbles accents. @default true */
  bom?: boolean;
}

/** Writes entries as a glossary CSV string (encode it as UTF-8). */
export function writeGlossaryCsv(entries: readonly TermbaseEntry[], options: WriteGlossaryCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ",";
  const row = (cells: string[]) => cells.map((cell) => formatCsvField(guardFormula(cell), delimiter)).join(delimiter);
  const lines = [row([...GLOSSARY_COLUMNS])];
  entries.forEach((entry, k) => {
    lines.push(
      row([
        entry.source,
        entry.preferred,
        joinTerms(entry.admitted, k),
        joinTerms(entry.forbidden, k),
        entry.definition ?? "",
        entry.note ?? "",
        entry.domain ?? "",
        entry.partOfSpeech ?? "",
        entry.sourceUrl ?? "",
      ]),
    );
  });
  return `${options.bom === false ? "" : "\uFEFF"}${lines.join("\r\n")}\r\n`;
}

/** Joins terms with "|", guarding each, since a spreadsheet user may split the cell. */
function joinTerms(terms: string[] | undefined, index: number): string {
  if (!terms) return "";
  const bad = terms.find((t) => t.includes(TERM_SEPARATOR));
  if (bad !== undefined) {
    throw new DomainError("INVALID_INPUT", `Entry ${index + 1}: the term "${bad}" contains "|", which separates terms in a CSV cell.`, {
      reason: "PIPE_IN_TERM",
      index,
    });
  }
  return terms.map((t, k) => (k === 0 ? t : guardFormula(t))).join(TERM_SEPARATOR);
}

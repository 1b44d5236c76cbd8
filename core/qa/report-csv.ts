/**
 * A document's QA report as CSV (RFC 4180, CRLF, UTF-8 BOM for Excel): one row per issue, in
 * document order, ignored ones included with the reason, so the report can be read and sorted in a
 * spreadsheet. Cells a spreadsheet would run as formulas are guarded (an English target may start with "-").
 */

import { guardFormula } from "../formats/csv/glossary-columns";
import { formatCsvField } from "../formats/csv/rfc4180";
import type { QaCode, QaSeverity } from "./types";

export const QA_REPORT_COLUMNS = ["position", "code", "severity", "message", "source", "target", "ignored_reason"] as const;

export interface QaReportRow {
  /** The segment's position in the document. */
  position: number;
  code: QaCode;
  severity: QaSeverity;
  /** The message, rendered in the reader's language. */
  message: string;
  source: string;
  target: string;
  /** Why someone ignored it; absent while it stands. */
  ignoredReason?: string;
}

/** The report as a CSV string (encode it as UTF-8). */
export function writeQaReportCsv(rows: readonly QaReportRow[]): string {
  const line = (cells: string[]) => cells.map((cell) => formatCsvField(guardFormula(cell), ",")).join(",");
  const lines = [line([...QA_REPORT_COLUMNS])];
  for (const row of rows) {
    lines.push(line([String(row.position), row.code, row.severity, row.message, row.source, row.target, row.ignoredReason ?? ""]));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

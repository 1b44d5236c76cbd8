import { describe, expect, it } from "vitest";
import { readCsvRecords } from "../formats/csv/rfc4180";
import { QA_REPORT_COLUMNS, writeQaReportCsv, type QaReportRow } from "./report-csv";

const ROWS: QaReportRow[] = [
  {
    position: 3,
    code: "magnitude",
    severity: "error",
    message: "Write “million”, not “millions”.",
    source: "200 millions de dollars",
    target: "$200 millions",
  },
  {
    position: 7,
    code: "typography",
    severity: "warning",
    message: 'French quotes, "guillemets"',
    source: "« Oui »,\ndit-il",
    target: '=HYPERLINK("x")',
    ignoredReason: "Quoted as published, on purpose",
  },
];

describe("writeQaReportCsv", () => {
  it("writes the header and one row per issue that any CSV reader reads back cell for cell", () => {
    const csv = writeQaReportCsv(ROWS);
    expect(csv.startsWith("\uFEFFposition,code,severity,message,source,target,ignored_reason\r\n")).toBe(true);
    const [header, ...records] = readCsvRecords(csv.slice(1), ",");
    expect(header.fields).toEqual([...QA_REPORT_COLUMNS]);
    expect(records.map((r) => r.fields)).toEqual([
      ["3", "magnitude", "error", "Write “million”, not “millions”.", "200 millions de dollars", "$200 millions", ""],
      ["7", "typography", "warning", 'French quotes, "guillemets"', "« Oui »,\ndit-il", '\'=HYPERLINK("x")', "Quoted as published, on purpose"],
    ]);
  });

  it("writes only the header for a document without issues", () => {
    expect(writeQaReportCsv([])).toBe("\uFEFFposition,code,severity,message,source,target,ignored_reason\r\n");
  });
});

import { describe, expect, it } from "vitest";
import { DomainError } from "../../errors";
import { formatCsvField, readCsvRecords } from "./rfc4180";

const fields = (text: string, delimiter = ",") => readCsvRecords(text, delimiter).map((r) => r.fields);

describe("readCsvRecords", () => {
  it("reads quoted fields with delimiters, doubled quotes and line breaks", () => {
    expect(fields(`a,"b,c","say ""hi""","two\r\nlines"\r\nd,e,f,g`)).toEqual([
      ["a", "b,c", 'say "hi"', "two\r\nlines"],
      ["d", "e", "f", "g"],
    ]);
  });

  it("accepts LF, CRLF and CR line ends, and no final line end", () => {
    expect(fields("a\nb\r\nc\rd")).toEqual([["a"], ["b"], ["c"], ["d"]]);
    expect(fields("a,b\n")).toEqual([["a", "b"]]);
  });

  it("keeps empty fields, including a trailing one", () => {
    expect(fields(",a,,\n\n")).toEqual([["", "a", "", ""], [""]]);
    expect(fields('""')).toEqual([[""]]);
  });

  it("gives the line each record starts on, counting breaks inside quotes", () => {
    expect(readCsvRecords(`h\n"x\ny\nz"\nlast`, ",").map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it("splits on the given delimiter only", () => {
    expect(fields("a;b,c\td", ";")).toEqual([["a", "b,c\td"]]);
    expect(fields("a;b,c\td", "\t")).toEqual([["a;b,c", "d"]]);
  });

  it("refuses an unterminated quote, with its line", () => {
    expect(() => readCsvRecords(`a\nb,"open\nstill`, ",")).toThrow(expect.objectContaining({ details: { reason: "BAD_CSV", line: 2 } }));
  });

  it("refuses text after a closing quote", () => {
    expect(() => readCsvRecords(`"a"b,c`, ",")).toThrow(DomainError);
  });
});

describe("formatCsvField", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    [" padded ", '" padded "'],
    ["a;b", "a;b"],
  ])("%j → %j", (value, written) => {
    expect(formatCsvField(value, ",")).toBe(written);
  });

  it("reads back what it writes", () => {
    const values = ["", "a,b", '"', '""', "x\r\ny", " s ", "é;à"];
    const line = values.map((v) => formatCsvField(v, ",")).join(",");
    expect(fields(line)).toEqual([values]);
  });
});

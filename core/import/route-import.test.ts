import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { routeImport, type ImportPurpose } from "./route-import";
import { sniffContent, type SniffedContent } from "./sniff-content";

function refusal(sniffed: SniffedContent, purpose: ImportPurpose = "document"): string {
  try {
    routeImport(sniffed, "txt", purpose);
  } catch (error) {
    expect(isDomainError(error, "UNSUPPORTED_FORMAT")).toBe(true);
    return (error as Error).message;
  }
  throw new Error("not refused");
}

describe("routeImport", () => {
  it("sends XLIFF 2, XLIFF 1.2 and its dialects to the XLIFF reader, HTML and Word to theirs, whatever the name says", () => {
    expect(routeImport({ kind: "xliff2", version: "2.1" }, "txt", "document")).toEqual({ reader: "xliff" });
    expect(routeImport({ kind: "xliff1", version: "1.2" }, "txt", "document")).toEqual({ reader: "xliff" });
    expect(routeImport({ kind: "xliff1" }, "txt", "document")).toEqual({ reader: "xliff" });
    for (const dialect of ["sdlxliff", "mqxliff", "mxliff"] as const) {
      expect(routeImport({ kind: "xliff1", version: "1.2", dialect }, "txt", "document")).toEqual({ reader: "xliff" });
    }
    expect(routeImport({ kind: "html" }, "txt", "document")).toEqual({ reader: "blocks", format: "html" });
    expect(routeImport({ kind: "html" }, "md", "translation")).toEqual({ reader: "blocks", format: "html" });
    expect(routeImport({ kind: "docx" }, "txt", "document")).toEqual({ reader: "blocks", format: "docx" });
  });

  it("reads text by the name's format, never as Word, and keeps an HTML fragment named .md as Markdown", () => {
    expect(routeImport({ kind: "text" }, "md", "document")).toEqual({ reader: "blocks", format: "md" });
    expect(routeImport({ kind: "text" }, "html", "translation")).toEqual({ reader: "blocks", format: "html" });
    expect(routeImport({ kind: "text" }, "docx", "document")).toEqual({ reader: "blocks", format: "txt" });
    expect(routeImport({ kind: "html", fragment: true }, "md", "document")).toEqual({ reader: "blocks", format: "md" });
    expect(routeImport({ kind: "html", fragment: true }, "txt", "document")).toEqual({ reader: "blocks", format: "html" });
  });

  it("leaves other binary files to the text decoder, which names them in its refusal", () => {
    expect(routeImport({ kind: "binary", label: "PNG" }, "txt", "document")).toEqual({ reader: "blocks", format: "txt" });
  });

  it.each([
    [
      { kind: "tmx" },
      "This is a TMX translation memory, not a document to translate; import the French text itself (.txt, .md, .html, .docx) or an XLIFF file.",
    ],
    [{ kind: "tbx" }, "This is a TBX termbase, not a document to translate; import it on the project's Glossary page."],
    [
      { kind: "xml", root: "rss" },
      "This is an XML file (root element <rss>), not a document to translate; import the French text itself (.txt, .md, .html, .docx) or an XLIFF file.",
    ],
    [{ kind: "zip", container: "odt" }, "This is an OpenDocument text (.odt); save it as Word (.docx) in your word processor and import that."],
    [{ kind: "zip", container: "xlsx" }, "This is an Excel workbook (.xlsx), not a document to translate; save the text as .docx or .txt first."],
    [{ kind: "zip", container: "epub" }, "This is an EPUB e-book (.epub), not a document to translate; save the text as .docx or .txt first."],
    [{ kind: "zip", container: "zip" }, "This is a zip archive, not a document to translate; unzip it and import the document inside."],
    [{ kind: "pdf" }, "PDF files cannot be imported: save the text as .docx or .txt first."],
    [{ kind: "rtf" }, "RTF files cannot be imported: save the document as .docx or .txt first."],
  ] as [SniffedContent, string][])("refuses %o with one line naming it and what to do", (sniffed, message) => {
    expect(refusal(sniffed)).toBe(message);
  });

  it("refuses the same non-documents as a translation to align, and XLIFF 2 too", () => {
    expect(refusal({ kind: "tmx" }, "translation")).toBe(
      "This is a TMX translation memory, not a translation to align; import the English text itself (.txt, .md, .html or .docx).",
    );
    expect(refusal({ kind: "xliff2" }, "translation")).toBe(
      "This is an XLIFF 2 file, which brings its own translations: import it as a new document from the project page.",
    );
    expect(refusal({ kind: "xliff1", version: "1.2" }, "translation")).toBe(
      "This is an XLIFF 1.2 file, which brings its own translations: import it as a new document from the project page.",
    );
    expect(refusal({ kind: "xliff1", version: "1.2", dialect: "sdlxliff" }, "translation")).toBe(
      "This is SDL Trados XLIFF (.sdlxliff), a form of XLIFF 1.2, which brings its own translations: import it as a new document from the project page.",
    );
    expect(refusal({ kind: "pdf" }, "translation")).toBe("PDF files cannot be imported: save the text as .docx or .txt first.");
  });

  it("routes what the sniffer finds in a .txt that holds TMX to a refusal", () => {
    expect(() => routeImport(sniffContent('<?xml version="1.0"?><tmx version="1.4"/>'), "txt", "document")).toThrow(/TMX translation memory/u);
  });
});

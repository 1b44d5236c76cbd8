/**
 * Which reader an upload goes to, decided by what it is (sniff-content.ts) rather than by its name
 * alone, and the one-line refusal, naming the format and what to do, for everything we do not
 * import. Two kinds of import share it: a French document to translate, and an existing English
 * translation to align with one.
 */

import { DomainError } from "../errors";
import type { SniffedContent, XliffDialect, ZipContainer } from "./sniff-content";

/** The formats read into headings and paragraphs. */
export type TextFormat = "txt" | "md" | "html" | "docx";
export type ImportPurpose = "document" | "translation";
export type ImportRoute = { reader: "xliff" } | { reader: "blocks"; format: TextFormat };

const TEXT_TYPES = [
  ".txt",
  ".md",
  ".markdown",
  ".html",
  ".htm",
  ".xhtml",
  ".docx",
  "text/plain",
  "text/markdown",
  "text/html",
  "application/xhtml+xml",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
];

/** What a file input offers to upload (its `accept`), per kind of import: what routeImport reads. */
export const UPLOAD_ACCEPT: Record<ImportPurpose, string> = {
  document: [...TEXT_TYPES, ".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".mxliff", "application/xliff+xml"].join(","),
  translation: TEXT_TYPES.join(","),
};

const WHAT_WE_READ: Record<ImportPurpose, string> = {
  document: "import the French text itself (.txt, .md, .html, .docx) or an XLIFF file",
  translation: "import the English text itself (.txt, .md, .html or .docx)",
};
const NOT_WHAT: Record<ImportPurpose, string> = { document: "a document to translate", translation: "a translation to align" };

const CONTAINERS: Record<ZipContainer, string> = {
  odt: "an OpenDocument text (.odt)",
  ods: "an OpenDocument spreadsheet (.ods)",
  odp: "an OpenDocument presentation (.odp)",
  odg: "an OpenDocument drawing (.odg)",
  odf: "an OpenDocument file",
  xlsx: "an Excel workbook (.xlsx)",
  pptx: "a PowerPoint presentation (.pptx)",
  epub: "an EPUB e-book (.epub)",
  zip: "a zip archive",
};

const DIALECTS: Record<XliffDialect, string> = {
  sdlxliff: "SDL Trados XLIFF (.sdlxliff)",
  mqxliff: "memoQ XLIFF (.mqxliff)",
  mxliff: "Memsource/Phrase XLIFF (.mxliff)",
};

/**
 * The reader for an upload: XLIFF 2, XLIFF 1.2 and its Trados, memoQ and Phrase forms (documents
 * only; the XLIFF reader picks the version), HTML and Word by content; text by the
 * name's format (Markdown, or HTML for a fragment named .html), else plain text; an HTML fragment
 * in a file named .md stays Markdown. Other binary
 * files go to the text reader, whose decoder refuses them with their name. Throws
 * DomainError("UNSUPPORTED_FORMAT") with the message for everything else.
 */
export function routeImport(sniffed: SniffedContent, nameFormat: TextFormat, purpose: "translation"): Extract<ImportRoute, { reader: "blocks" }>;
export function routeImport(sniffed: SniffedContent, nameFormat: TextFormat, purpose: ImportPurpose): ImportRoute;
export function routeImport(sniffed: SniffedContent, nameFormat: TextFormat, purpose: ImportPurpose): ImportRoute {
  switch (sniffed.kind) {
    case "xliff2":
    case "xliff1":
      if (purpose === "document") return { reader: "xliff" };
      return refuse(sniffed, `This is ${xliffName(sniffed)}, which brings its own translations: import it as a new document from the project page.`);
    case "html":
      // Markdown may hold raw HTML: a fragment named .md stays Markdown.
      return { reader: "blocks", format: sniffed.fragment && nameFormat === "md" ? "md" : "html" };
    case "docx":
      return { reader: "blocks", format: "docx" };
    case "text":
      return { reader: "blocks", format: nameFormat === "docx" ? "txt" : nameFormat };
    case "binary":
      return { reader: "blocks", format: "txt" };
    default:
      return refuse(sniffed, refusalMessage(sniffed, purpose));
  }
}

/** The one-line refusal for a format we recognise and do not import. */
export function refusalMessage(
  sniffed: Exclude<SniffedContent, { kind: "html" | "docx" | "text" | "binary" | "xliff2" | "xliff1" }>,
  purpose: ImportPurpose,
): string {
  const what = WHAT_WE_READ[purpose];
  const not = NOT_WHAT[purpose];
  switch (sniffed.kind) {
    case "tmx":
      return `This is a TMX translation memory, not ${not}; ${what}.`;
    case "tbx":
      return `This is a TBX termbase, not ${not}; import it on the project's Glossary page.`;
    case "xml":
      return `This is an XML file${sniffed.root ? ` (root element <${sniffed.root}>)` : ""}, not ${not}; ${what}.`;
    case "zip":
      return sniffed.container === "odt"
        ? "This is an OpenDocument text (.odt); save it as Word (.docx) in your word processor and import that."
        : sniffed.container === "zip"
          ? `This is a zip archive, not ${not}; unzip it and import the document inside.`
          : `This is ${CONTAINERS[sniffed.container]}, not ${not}; save the text as .docx or .txt first.`;
    case "pdf":
      return "PDF files cannot be imported: save the text as .docx or .txt first.";
    case "rtf":
      return "RTF files cannot be imported: save the document as .docx or .txt first.";
  }
}

/** "an XLIFF 2 file", "an XLIFF 1.2 file", "SDL Trados XLIFF (.sdlxliff), a form of XLIFF 1.2". */
function xliffName(sniffed: Extract<SniffedContent, { kind: "xliff1" | "xliff2" }>): string {
  if (sniffed.kind === "xliff2") return "an XLIFF 2 file";
  const version = sniffed.version ?? "1.2";
  return sniffed.dialect ? `${DIALECTS[sniffed.dialect]}, a form of XLIFF ${version}` : `an XLIFF ${version} file`;
}

function refuse(sniffed: SniffedContent, message: string): never {
  throw new DomainError("UNSUPPORTED_FORMAT", message, { format: sniffed.kind === "zip" ? sniffed.container : sniffed.kind });
}

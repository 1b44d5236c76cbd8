/**
 * What a file is, from its content rather than its name (a .txt that holds TMX is TMX): byte
 * signatures (PDF, zip, RTF, images…), zip entries (Word, OpenDocument, Office, EPUB), and for
 * markup the root element after any BOM, XML declaration, comments, processing instructions and
 * doctype — in UTF-8 or UTF-16. Pure, and never throws: anything unrecognised is plain text,
 * which the text decoder then accepts or refuses.
 */

import { binarySignature } from "./binary-signatures";
import { looksLikeZip, readZipEntries, zipEntryData } from "./zip-entries";

export type XliffDialect = "sdlxliff" | "mqxliff" | "mxliff";
export type ZipContainer = "odt" | "ods" | "odp" | "odg" | "odf" | "xlsx" | "pptx" | "epub" | "zip";

export type SniffedContent =
  | { kind: "tmx" }
  | { kind: "xliff2"; version?: string }
  | { kind: "xliff1"; version?: string; dialect?: XliffDialect }
  | { kind: "tbx" }
  | { kind: "xml"; root: string }
  /** A page; `fragment` when it starts with a block element rather than <html>, <head>, <body> or the HTML doctype. */
  | { kind: "html"; fragment?: true }
  | { kind: "docx" }
  | { kind: "zip"; container: ZipContainer }
  | { kind: "pdf" }
  | { kind: "rtf" }
  /** Another binary format (image, .doc, gzip…), named for the text decoder's refusal. */
  | { kind: "binary"; label: string }
  | { kind: "text" };

/** How much of the start is read for markup; prologs with long comments or doctypes fit. */
const HEAD_BYTES = 64 * 1024;
/** How much of the end is read to see a root element closed (markup without an XML declaration). */
const TAIL_BYTES = 1024;

/** Sniffs file bytes, or already-decoded (pasted) text. */
export function sniffContent(content: Uint8Array | string): SniffedContent {
  if (typeof content === "string") return sniffText(content.slice(0, HEAD_BYTES).replace(/^\uFEFF/u, ""), content.slice(-TAIL_BYTES));
  if (looksLikeZip(content)) return sniffZip(content);
  const signature = binarySignature(content);
  if (signature) return signature.label === "PDF" ? { kind: "pdf" } : { kind: "binary", label: signature.label };
  const decoder = textDecoderFor(content);
  const head = decoder.decode(content.subarray(decoder.skip, HEAD_BYTES));
  // The tail starts on a code unit boundary of the encoding.
  let tailStart = Math.max(decoder.skip, content.length - TAIL_BYTES);
  tailStart -= (tailStart - decoder.skip) % decoder.unit;
  return sniffText(head, decoder.decode(content.subarray(tailStart)));
}

function sniffText(head: string, tail: string): SniffedContent {
  if (/^\s*\{\\rtf/u.test(head)) return { kind: "rtf" };
  return sniffMarkup(head, tail);
}

/** The encoding of the start: a BOM, or UTF-16 recognised by "<" next to a NUL byte; else UTF-8 (lenient). */
function textDecoderFor(bytes: Uint8Array): { decode: (b: Uint8Array) => string; skip: number; unit: number } {
  const make = (label: string, skip: number, unit: number) => {
    const decoder = new TextDecoder(label, { fatal: false, ignoreBOM: true });
    return { decode: (b: Uint8Array) => decoder.decode(b), skip, unit };
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return make("utf-8", 3, 1);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return make("utf-16le", 2, 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return make("utf-16be", 2, 2);
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return make("utf-16le", 0, 2);
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return make("utf-16be", 0, 2);
  return make("utf-8", 0, 1);
}

function sniffZip(bytes: Uint8Array): SniffedContent {
  const entries = readZipEntries(bytes) ?? [];
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has("word/document.xml")) return { kind: "docx" };
  if (names.has("xl/workbook.xml")) return { kind: "zip", container: "xlsx" };
  if (names.has("ppt/presentation.xml")) return { kind: "zip", container: "pptx" };
  // OpenDocument and EPUB put an uncompressed `mimetype` entry first.
  const mimetypeEntry = entries.find((entry) => entry.name === "mimetype");
  const data = mimetypeEntry && mimetypeEntry.method === 0 ? zipEntryData(bytes, mimetypeEntry) : null;
  const mimetype = data ? new TextDecoder("utf-8").decode(data).trim() : "";
  const byMimetype: Record<string, ZipContainer> = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.presentation": "odp",
    "application/vnd.oasis.opendocument.graphics": "odg",
    "application/epub+zip": "epub",
  };
  if (byMimetype[mimetype]) return { kind: "zip", container: byMimetype[mimetype] };
  if (names.has("META-INF/container.xml")) return { kind: "zip", container: "epub" };
  if (names.has("META-INF/manifest.xml") && names.has("content.xml")) return { kind: "zip", container: "odf" };
  return { kind: "zip", container: "zip" };
}

/** Elements that make a file HTML when they open it. */
const HTML_ROOTS = new Set(["html", "head", "body"]);
/** HTML elements a page fragment often starts with: HTML, not some other XML, when one of them opens and closes. */
const HTML_FRAGMENT_ROOTS = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "article",
  "section",
  "main",
  "header",
  "footer",
  "nav",
  "table",
  "ul",
  "ol",
  "blockquote",
  "pre",
  "figure",
  "span",
  "a",
  "em",
  "strong",
  "b",
  "i",
  "title",
  "meta",
  "style",
  "link",
]);

function sniffMarkup(head: string, tail: string): SniffedContent {
  const prolog = readProlog(head);
  if (!prolog) return { kind: "text" };
  const { root, startTag, declared } = prolog;
  const local = root.slice(root.indexOf(":") + 1).toLowerCase();
  if (local === "xliff") return sniffXliff(startTag);
  if (local === "tmx") return { kind: "tmx" };
  if (local === "tbx" || local === "martif") return { kind: "tbx" };
  if (HTML_ROOTS.has(local) || prolog.doctype === "html") return { kind: "html" };
  if (root === "") return declared ? { kind: "xml", root } : { kind: "text" };
  if (!declared && HTML_FRAGMENT_ROOTS.has(local))
    return new RegExp(`</${escapeRegExp(root)}\\s*>`, "iu").test(head) ? { kind: "html", fragment: true } : { kind: "text" };
  // Without a declaration or doctype, "<word>" may just be how a text begins; call it XML only
  // when the same element also closes the file.
  if (declared || startTag.endsWith("/>") || new RegExp(`</${escapeRegExp(root)}\\s*>\\s*$`, "u").test(tail)) return { kind: "xml", root };
  return { kind: "text" };
}

function sniffXliff(startTag: string): SniffedContent {
  const version = /\sversion\s*=\s*["']([^"']*)["']/u.exec(startTag)?.[1];
  const namespace = /\sxmlns\s*=\s*["']([^"']*)["']/u.exec(startTag)?.[1] ?? "";
  const dialect: XliffDialect | undefined = /sdl\.com\/FileTypes\/SdlXliff/iu.test(startTag)
    ? "sdlxliff"
    : /["']MQXliff["']/u.test(startTag)
      ? "mqxliff"
      : /memsource\.com\/mxlf/iu.test(startTag)
        ? "mxliff"
        : undefined;
  const isOne = /^1\./u.test(version ?? "") || /:document:1\./u.test(namespace);
  if (isOne || (dialect && !/^2\./u.test(version ?? ""))) return { kind: "xliff1", ...(version ? { version } : {}), ...(dialect ? { dialect } : {}) };
  // Anything else that says xliff goes to the XLIFF 2 reader, which names what is wrong with it.
  return { kind: "xliff2", ...(version ? { version } : {}) };
}

interface Prolog {
  /** The first element's name as written; "" when an XML file's root is not within the head. */
  root: string;
  startTag: string;
  /** Whether an XML declaration came first. */
  declared: boolean;
  doctype?: string;
}

/** Skips whitespace, the XML declaration, processing instructions, comments and a doctype; returns the first element. */
function readProlog(text: string): Prolog | null {
  let at = 0;
  let declared = false;
  let doctype: string | undefined;
  for (;;) {
    while (at < text.length && /\s/u.test(text[at])) at++;
    if (text.startsWith("<?", at)) {
      declared ||= /^<\?xml[\s?]/u.test(text.slice(at, at + 6));
      const end = text.indexOf("?>", at + 2);
      if (end < 0) return declared ? { root: "", startTag: "", declared } : null; // root not within the head
      at = end + 2;
    } else if (text.startsWith("<!--", at)) {
      const end = text.indexOf("-->", at + 4);
      if (end < 0) return declared ? { root: "", startTag: "", declared } : null;
      at = end + 3;
    } else if (/^<!doctype\s/iu.test(text.slice(at, at + 10))) {
      doctype = /^<!doctype\s+([^\s>[]+)/iu.exec(text.slice(at, at + 200))?.[1]?.toLowerCase();
      const end = doctypeEnd(text, at + 9);
      if (end < 0) return { root: "", startTag: "", declared: true, ...(doctype ? { doctype } : {}) };
      at = end;
    } else {
      const name = /^<([A-Za-z_][\w.:-]*)/u.exec(text.slice(at, at + 256))?.[1];
      if (!name) return null;
      return { root: name, startTag: startTagAt(text, at), declared: declared || doctype !== undefined, ...(doctype ? { doctype } : {}) };
    }
  }
}

/** Where a doctype ends: its closing ">" outside quotes, comments and an internal subset in brackets. */
function doctypeEnd(text: string, from: number): number {
  let quote = "";
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (!quote && text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      if (end < 0) return -1;
      i = end + 2;
    } else if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[") depth++;
    else if (c === "]") depth = Math.max(0, depth - 1);
    else if (c === ">" && depth === 0) return i + 1;
  }
  return -1;
}

/** The start tag at `at`, up to its ">" outside quoted attribute values (or to the end of the head). */
function startTagAt(text: string, at: number): string {
  let quote = "";
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return text.slice(at, i + 1);
  }
  return text.slice(at);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

import mammoth from "mammoth";
import { DomainError } from "@/core/errors";
import { decodeText } from "@/core/import/decode-text";
import { parseTextDocument } from "@/core/import/parse-text-document";
import { readHtmlBlocks } from "@/core/import/read-html-blocks";
import type { ParsedBlock } from "@/core/model/document";

import type { TextFormat } from "@/core/import/route-import";

export type { TextFormat };

/** The format an upload's name suggests (pasted text is plain text); its content decides first (see routeImport). */
export function formatOfFile(fileName: string | undefined): TextFormat {
  const name = fileName?.toLowerCase() ?? "";
  if (name.endsWith(".docx")) return "docx";
  if (/\.(html?|xhtml)$/.test(name)) return "html";
  if (/\.(md|markdown)$/.test(name)) return "md";
  return "txt";
}

/** Headings and paragraphs of a text, Markdown, HTML or DOCX file (or of pasted text). */
export async function readTextBlocks(content: Uint8Array | string, format: TextFormat): Promise<{ blocks: ParsedBlock[]; date?: string }> {
  if (format === "docx") {
    if (typeof content === "string") throw new DomainError("INVALID_INPUT", "A DOCX file must be uploaded, not pasted.");
    let html: string;
    try {
      html = (await mammoth.convertToHtml({ buffer: Buffer.from(content) })).value;
    } catch {
      throw new DomainError("BINARY_FILE", "This DOCX file cannot be read (it is damaged or not a Word document).");
    }
    const blocks = readHtmlBlocks(html);
    if (blocks.length === 0) throw new DomainError("EMPTY_FILE", "The document contains no text.");
    return { blocks };
  }
  const text = typeof content === "string" ? content.normalize("NFC") : decodeText(content).text;
  if (format === "html") {
    const blocks = readHtmlBlocks(text);
    if (blocks.length === 0) throw new DomainError("EMPTY_FILE", "The page contains no text.");
    return { blocks };
  }
  return parseTextDocument(text, { format });
}

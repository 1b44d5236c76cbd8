import { DomainError } from "@/core/errors";
import { decodeText } from "@/core/import/decode-text";
import { documentOf, parseTextDocumentSteps, takeMetadata } from "@/core/import/parse-text-document";
import { readHtmlBlockSteps } from "@/core/import/read-html-blocks";
import type { ParsedBlock } from "@/core/model/document";
import { runInSlices } from "@/core/work/slices";
import { checkDocxSize } from "./check-docx-size";
import { docxToHtml } from "./docx-to-html";
import { markdownBlocks } from "./markdown-blocks";

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

/**
 * Headings and paragraphs of a text, Markdown, HTML or DOCX file (or of pasted text). Parsing runs
 * in slices (HTML and text) or in a worker thread (Word, Markdown), so a large file does not hold
 * up the server; a Word file is first checked for what it unpacks to.
 */
export async function readTextBlocks(content: Uint8Array | string, format: TextFormat): Promise<{ blocks: ParsedBlock[]; date?: string }> {
  if (format === "docx") {
    if (typeof content === "string") throw new DomainError("INVALID_INPUT", "A DOCX file must be uploaded, not pasted.");
    await checkDocxSize(content);
    const blocks = await runInSlices(readHtmlBlockSteps(await docxToHtml(content)));
    if (blocks.length === 0) throw new DomainError("EMPTY_FILE", "The document contains no text.");
    return { blocks };
  }
  const text = typeof content === "string" ? content.normalize("NFC") : decodeText(content).text;
  if (format === "html") {
    const blocks = await runInSlices(readHtmlBlockSteps(text));
    if (blocks.length === 0) throw new DomainError("EMPTY_FILE", "The page contains no text.");
    return { blocks };
  }
  if (format === "md") {
    const { date, body } = takeMetadata(text, { format });
    return documentOf(await markdownBlocks(body), date);
  }
  return runInSlices(parseTextDocumentSteps(text, { format }));
}

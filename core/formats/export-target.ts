/**
 * Target-language exports: the English text only, as Markdown or plain text, starting with the
 * document's title and date. What stands for a missing or unconfirmed translation is decided by
 * english-text.ts, the same for Word (server/documents/export-docx.ts).
 */

import type { BilingualDocument } from "../model/document";
import { englishBlocks, englishFrontMatter, headingLevel, pieceText, DEFAULT_ENGLISH_TEXT_OPTIONS, type EnglishBlock, type EnglishTextOptions } from "./english-text";
import { escapeMarkdown } from "./escape";

/**
 * The document's translation as Markdown: `# Title` (the document's own headings are level 2 by
 * default, so the outline stays right), the date line, then headings by level and paragraphs,
 * with the text escaped (markers are ours and stay readable).
 */
export function exportTargetMarkdown(doc: BilingualDocument, options: EnglishTextOptions = DEFAULT_ENGLISH_TEXT_OPTIONS): string {
  const front = englishFrontMatter(doc);
  const lines = [`# ${escapeMarkdown(front.title)}`, ...(front.dateLine ? [escapeMarkdown(front.dateLine)] : [])];
  return render(lines, englishBlocks(doc, options), (block) => {
    const text = block.pieces.map((piece) => pieceText(piece, escapeMarkdown)).join(" ");
    return block.kind === "heading" ? `${"#".repeat(headingLevel(block.level))} ${text}` : text;
  });
}

/** The document's translation as plain text: title, date, then one line per heading or paragraph, blank lines between. */
export function exportTargetText(doc: BilingualDocument, options: EnglishTextOptions = DEFAULT_ENGLISH_TEXT_OPTIONS): string {
  const front = englishFrontMatter(doc);
  const lines = [front.title, ...(front.dateLine ? [front.dateLine] : [])];
  return render(lines, englishBlocks(doc, options), (block) => block.pieces.map((piece) => pieceText(piece)).join(" "));
}

function render(front: string[], blocks: EnglishBlock[], format: (block: EnglishBlock) => string): string {
  return `${[...front, ...blocks.map(format)].join("\n\n")}\n`;
}

/**
 * Target-language exports: the English text only, as Markdown or plain text, starting with the
 * document's title and date. What stands for a missing or unconfirmed translation is decided by
 * english-text.ts, the same for Word (core/formats/docx/english-docx.ts). Written as a stream
 * (document-writer.ts): a block's pieces are appended one segment at a time.
 */

import type { BilingualDocument, BilingualSegment } from "../model/document";
import { writeAll, type BlockInfo, type DocumentWriter } from "./document-writer";
import {
  assertTranslated,
  englishFrontMatter,
  englishPiece,
  headingLevel,
  pieceText,
  DEFAULT_ENGLISH_TEXT_OPTIONS,
  type EnglishTextOptions,
} from "./english-text";
import { escapeMarkdown } from "./escape";

type Meta = Pick<BilingualDocument, "title" | "date">;

/** Blocks separated by a blank line; a block with no text at all (no piece) writes nothing. */
class EnglishTextWriter implements DocumentWriter<BilingualSegment> {
  private block: BlockInfo = { kind: "paragraph" };
  private pieces = 0;

  constructor(
    private readonly front: string[],
    private readonly options: EnglishTextOptions,
    private readonly escape: (text: string) => string,
    private readonly prefix: (block: BlockInfo) => string,
  ) {}

  start(): string {
    return this.front.join("\n\n");
  }

  openBlock(block: BlockInfo): string {
    this.block = block;
    this.pieces = 0;
    return "";
  }

  segment(segment: BilingualSegment): string {
    const piece = englishPiece(segment, this.options);
    if (!piece) return "";
    const text = pieceText(piece, this.escape);
    return this.pieces++ === 0 ? `\n\n${this.prefix(this.block)}${text}` : ` ${text}`;
  }

  closeBlock(): string {
    return "";
  }

  end(): string {
    return "\n";
  }
}

/**
 * Markdown: `# Title` (the document's own headings are level 2 by default, so the outline stays
 * right), the date line, then headings by level and paragraphs, the text escaped (markers are ours
 * and stay readable).
 */
export function targetMarkdownWriter(doc: Meta, options: EnglishTextOptions = DEFAULT_ENGLISH_TEXT_OPTIONS): DocumentWriter<BilingualSegment> {
  const front = englishFrontMatter(doc);
  const lines = [`# ${escapeMarkdown(front.title)}`, ...(front.dateLine ? [escapeMarkdown(front.dateLine)] : [])];
  return new EnglishTextWriter(lines, options, escapeMarkdown, (block) => (block.kind === "heading" ? `${"#".repeat(headingLevel(block.level))} ` : ""));
}

/** Plain text: title, date, then one line per heading or paragraph, blank lines between. */
export function targetTextWriter(doc: Meta, options: EnglishTextOptions = DEFAULT_ENGLISH_TEXT_OPTIONS): DocumentWriter<BilingualSegment> {
  const front = englishFrontMatter(doc);
  return new EnglishTextWriter(
    [front.title, ...(front.dateLine ? [front.dateLine] : [])],
    options,
    (text) => text,
    () => "",
  );
}

/** The document's translation as Markdown (refused under `fail` while a translation is missing). */
export function exportTargetMarkdown(doc: BilingualDocument, options: EnglishTextOptions = DEFAULT_ENGLISH_TEXT_OPTIONS): string {
  if (options.missing === "fail") assertTranslated(doc.blocks.flatMap((block) => block.segments));
  return writeAll(targetMarkdownWriter(doc, options), doc.blocks);
}

/** The document's translation as plain text (refused under `fail` while a translation is missing). */
export function exportTargetText(doc: BilingualDocument, options: EnglishTextOptions = DEFAULT_ENGLISH_TEXT_OPTIONS): string {
  if (options.missing === "fail") assertTranslated(doc.blocks.flatMap((block) => block.segments));
  return writeAll(targetTextWriter(doc, options), doc.blocks);
}

/**
 * Reads a plain-text or Markdown document into blocks (headings and paragraphs of plain text),
 * picking up a leading date. Segmentation into sentences happens later, per paragraph.
 */

import { DomainError } from "../errors";
import type { ParsedBlock, ParsedDocument } from "../model/document";
import { runAtOnce, type Steps } from "../work/slices";
import { takeDateToken, takeFrontMatter } from "./metadata";
import { parseMarkdownBlocks } from "./parse-markdown";
import { collapseWhitespace } from "./whitespace";

export interface ParseTextOptions {
  format: "txt" | "md";
}

/** A plain-text heading is one short line; longer lines are paragraphs even without a final period. */
const HEADING_MAX_CHARS = 120;
const HEADING_MAX_WORDS = 15;
// Sentence-final punctuation, possibly followed by closing quotes or brackets ("… fin. »", "Oui !”").
// A comma counts too: a line ending in one is an unfinished sentence, never a title.
const ENDS_LIKE_SENTENCE = /(?:[.!?…:;,»]|[.!?…]["”’)\]]+)$/u;

/** Parses decoded text (see decodeText) into a document; throws DomainError("EMPTY_FILE") when nothing is left. */
export function parseTextDocument(text: string, options: ParseTextOptions): ParsedDocument {
  return runAtOnce(parseTextDocumentSteps(text, options));
}

/**
 * The same, yielding between groups of lines of a plain text, to run in slices. (Markdown is
 * parsed in one go; the server parses it in a worker instead, with the two functions below.)
 */
export function* parseTextDocumentSteps(text: string, options: ParseTextOptions): Steps<ParsedDocument> {
  const { date, body } = takeMetadata(text, options);
  const blocks = options.format === "md" ? parseMarkdownBlocks(body) : yield* plainTextBlockSteps(body);
  return documentOf(blocks, date);
}

/** Normalised line ends, then the date of a leading front matter (Markdown) or `date` token, and the body after it. */
export function takeMetadata(text: string, options: ParseTextOptions): { date?: string; body: string } {
  let body = text.replace(/\r\n?/gu, "\n");
  let date: string | undefined;
  if (options.format === "md") {
    const front = takeFrontMatter(body);
    date = front.date;
    body = front.rest;
  }
  const token = takeDateToken(body);
  date ??= token.date;
  return date === undefined ? { body: token.rest } : { date, body: token.rest };
}

/** The parsed document, refusing one with no text (EMPTY_FILE). */
export function documentOf(blocks: ParsedBlock[], date: string | undefined): ParsedDocument {
  if (blocks.length === 0) throw new DomainError("EMPTY_FILE", "The file contains no text to translate.");
  return date === undefined ? { blocks } : { date, blocks };
}

/** Groups of lines read between two safe points. */
const GROUPS_PER_STEP = 2_000;

function* plainTextBlockSteps(body: string): Steps<ParsedBlock[]> {
  const lines = body.split("\n");
  const isBlank = (line: string): boolean => line.trim() === "";
  // Without a single blank line the writer separated paragraphs with line breaks alone.
  const groups = lines.some(isBlank) ? groupByBlankLines(lines, isBlank) : lines.filter((l) => !isBlank(l)).map((l) => [l]);
  const blocks: ParsedBlock[] = [];
  for (const [k, group] of groups.entries()) {
    if (k % GROUPS_PER_STEP === GROUPS_PER_STEP - 1) yield;
    const text = collapseWhitespace(group.join("\n"));
    if (text === "") continue;
    blocks.push(group.length === 1 && looksLikeHeading(text) ? { kind: "heading", level: 2, text } : { kind: "paragraph", text });
  }
  return blocks;
}

function groupByBlankLines(lines: string[], isBlank: (line: string) => boolean): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (!isBlank(line)) current.push(line);
    else if (current.length > 0) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function looksLikeHeading(line: string): boolean {
  return line.length <= HEADING_MAX_CHARS && line.split(/\s+/u).length <= HEADING_MAX_WORDS && /\p{L}/u.test(line) && !ENDS_LIKE_SENTENCE.test(line);
}

/**
 * Every export is written as a stream of pieces, so a 200,000-segment document costs the memory of
 * one page of segments, not of the whole document: the server reads the segments a page at a time
 * and hands them to a writer block by block and segment by segment; the writer answers with the
 * text to append. Tests and small callers use `writeAll` over a document held in memory, which
 * gives the same bytes.
 */

import type { BlockKind } from "../model/document";

export interface BlockInfo {
  kind: BlockKind;
  level?: number;
}

export interface DocumentWriter<S> {
  /** Everything before the first block (page head, title, XML prolog…). */
  start(): string;
  openBlock(block: BlockInfo): string;
  segment(segment: S): string;
  closeBlock(): string;
  /** Everything after the last block. */
  end(): string;
}

/** The whole output of `writer` over blocks held in memory. */
export function writeAll<S>(writer: DocumentWriter<S>, blocks: Iterable<BlockInfo & { segments: Iterable<S> }>): string {
  const parts = [writer.start()];
  for (const block of blocks) {
    parts.push(writer.openBlock(block));
    for (const segment of block.segments) parts.push(writer.segment(segment));
    parts.push(writer.closeBlock());
  }
  parts.push(writer.end());
  return parts.join("");
}

/** A writer whose output is lines joined by `\n` (the text formats), with the joins kept between calls. */
export class LineJoiner {
  private first = true;

  /** The lines as they continue the output so far. */
  lines(lines: readonly string[]): string {
    if (lines.length === 0) return "";
    const text = lines.join("\n");
    if (this.first) {
      this.first = false;
      return text;
    }
    return `\n${text}`;
  }
}

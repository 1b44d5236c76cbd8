/**
 * Long documents open a part at a time: the grid and review mode load PART_SIZE segments (a book
 * of 200,000 sentences would otherwise be one 70 MB page and hundreds of MB of server memory per
 * request), with the document-wide figures (progress, gaps) computed by the server. Documents of
 * up to PART_SIZE segments are one part, shown whole. 1,000, not 5,000: on the bench's book a part of
 * 5,000 was a 3.3 MB page the server took ~2.7 s to send (its rows, paragraphs and their rendering),
 * and every save walked 5,000 rows in the browser.
 */
export const PART_SIZE = 1_000;

export interface DocumentPart {
  /** 1-based. */
  part: number;
  parts: number;
  /** Segments before this part (the number of its first segment is offset + 1). */
  offset: number;
  /** Segments in the whole document. */
  total: number;
}

/** The part a request asks for, clamped to the document's parts (the first when absent or invalid). */
export function documentPart(total: number, asked: number | undefined): DocumentPart {
  const parts = Math.max(1, Math.ceil(total / PART_SIZE));
  const part = Number.isInteger(asked) && asked! >= 1 ? Math.min(asked!, parts) : 1;
  return { part, parts, offset: (part - 1) * PART_SIZE, total };
}

/** The part holding segment number `number` (1-based, as the grid numbers segments). */
export function partOfSegment(number: number): number {
  return Math.max(1, Math.ceil(number / PART_SIZE));
}

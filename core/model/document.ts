/**
 * The shape of a document as the pure domain sees it: no database ids, no framework types.
 * Importers produce a `ParsedDocument`; exporters consume a `BilingualDocument`.
 */

export type BlockKind = "heading" | "paragraph";

/** One block of source text as read from a file, before segmentation. */
export interface ParsedBlock {
  kind: BlockKind;
  /** 1–6 for headings (Markdown `#` depth, 2 for a plain-text heading line); undefined for paragraphs. */
  level?: number;
  /** Plain text (no markup), whitespace collapsed, never empty. */
  text: string;
}

export interface ParsedDocument {
  /** ISO date (YYYY-MM-DD) from a leading `date …` metadata token, when present. */
  date?: string;
  blocks: ParsedBlock[];
}

/** Segment statuses live with the rules that move between them, in the status machine. */
export { SEGMENT_STATUSES, type SegmentStatus } from "../review/status-machine";
import type { SegmentStatus } from "../review/status-machine";

export interface BilingualSegment {
  source: string;
  target: string;
  status: SegmentStatus;
}

export interface BilingualBlock {
  kind: BlockKind;
  level?: number;
  segments: BilingualSegment[];
}

export interface BilingualDocument {
  title: string;
  date?: string;
  sourceLanguage: string;
  targetLanguage: string;
  blocks: BilingualBlock[];
}

/**
 * Aligner confidence below which a pair is flagged "check this pair". On the development books,
 * pairs scored under 0.8 were exactly right only about 60 % of the time, those above about 95 %.
 */
export const LOW_CONFIDENCE = 0.8;

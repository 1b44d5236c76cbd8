/**
 * What each segment contributes to an English-only export (Markdown, plain text, Word). One rule
 * for all three formats, so a reader never gets a silently shortened article:
 * - a missing translation (an empty target under a French source) becomes a visible
 *   `[untranslated]` marker, or the French source, or — with `fail` — the export is refused;
 * - a translation that is not confirmed (its status is not one of DONE_STATUSES) is kept as it
 *   is, or prefixed with a visible `[draft]` marker.
 */

import { DomainError } from "../errors";
import type { BilingualBlock, BilingualDocument, BilingualSegment } from "../model/document";
import { DONE_STATUSES } from "../model/progress";

export const MISSING_TRANSLATION_POLICIES = ["mark", "source", "fail"] as const;
export type MissingTranslationPolicy = (typeof MISSING_TRANSLATION_POLICIES)[number];
export const DRAFT_POLICIES = ["keep", "mark"] as const;
export type DraftPolicy = (typeof DRAFT_POLICIES)[number];

export interface EnglishTextOptions {
  missing: MissingTranslationPolicy;
  drafts: DraftPolicy;
}

export const DEFAULT_ENGLISH_TEXT_OPTIONS: EnglishTextOptions = { missing: "mark", drafts: "keep" };

export const UNTRANSLATED_MARKER = "[untranslated]";
export const DRAFT_MARKER = "[draft]";

/** One segment's part of the English text: an optional marker, then text in the source or target language. */
export interface EnglishPiece {
  marker?: string;
  /** Trimmed, line breaks made spaces (a paragraph stays one line); "" for a lone marker. */
  text: string;
  /** Whose language the text is in: the French source stands in for a missing translation. */
  language: "source" | "target";
}

export interface EnglishBlock {
  kind: BilingualBlock["kind"];
  level?: number;
  pieces: EnglishPiece[];
}

/** Whether a segment has French to translate and no translation yet. */
export function isMissingTranslation(source: string, target: string): boolean {
  return target.trim() === "" && source.trim() !== "";
}

/** How many segments of a list (any shape with source and target text) are missing a translation, of how many. */
export function translationGaps(segments: Iterable<{ source: string; target: string }>): { missing: number; total: number } {
  let missing = 0;
  let total = 0;
  for (const segment of segments) {
    if (segment.source.trim() === "" && segment.target.trim() === "") continue;
    total++;
    if (isMissingTranslation(segment.source, segment.target)) missing++;
  }
  return { missing, total };
}

/** The one-line refusal of an export that may not have gaps, e.g. "3 of 18 segments are not translated yet." */
export function untranslatedMessage(missing: number, total: number): string {
  return `${missing} of ${total} segment${total === 1 ? "" : "s"} ${missing === 1 ? "is" : "are"} not translated yet.`;
}

/** Refuses (`fail`) segments of which any is missing a translation: DomainError INCOMPLETE_TRANSLATION naming how many. */
export function assertTranslated(segments: Iterable<{ source: string; target: string }>): void {
  const { missing, total } = translationGaps(segments);
  if (missing > 0) throw new DomainError("INCOMPLETE_TRANSLATION", untranslatedMessage(missing, total), { missing, total });
}

/** Line breaks inside a segment become spaces, so a paragraph stays one paragraph. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/gu, " ").trim();
}

/** The piece a segment contributes, or null for a segment with neither source nor target text. */
export function englishPiece(segment: BilingualSegment, options: EnglishTextOptions): EnglishPiece | null {
  const target = oneLine(segment.target);
  if (target !== "") {
    const confirmed = DONE_STATUSES.includes(segment.status);
    return !confirmed && options.drafts === "mark" ? { marker: DRAFT_MARKER, text: target, language: "target" } : { text: target, language: "target" };
  }
  const source = oneLine(segment.source);
  if (source === "") return null;
  // "fail" is checked for the whole document first (see englishBlocks); a marker if it gets here.
  return options.missing === "source" ? { text: source, language: "source" } : { marker: UNTRANSLATED_MARKER, text: "", language: "target" };
}

/**
 * The document's blocks as English pieces; blocks with no text at all are left out. Throws a
 * DomainError("INCOMPLETE_TRANSLATION") naming how many segments are untranslated when the
 * policy is `fail` and any is.
 */
export function englishBlocks(doc: BilingualDocument, options: EnglishTextOptions = DEFAULT_ENGLISH_TEXT_OPTIONS): EnglishBlock[] {
  if (options.missing === "fail") assertTranslated(doc.blocks.flatMap((block) => block.segments));
  return doc.blocks.flatMap((block) => {
    const pieces = block.segments.map((segment) => englishPiece(segment, options)).filter((piece) => piece !== null);
    return pieces.length === 0 ? [] : [{ kind: block.kind, ...(block.level !== undefined ? { level: block.level } : {}), pieces }];
  });
}

/** A piece as plain words: "[draft] text", "[untranslated]" or the text; `escape` applies to the text only (markers are ours). */
export function pieceText(piece: EnglishPiece, escape: (text: string) => string = (text) => text): string {
  const text = piece.text === "" ? "" : escape(piece.text);
  return piece.marker === undefined ? text : text === "" ? piece.marker : `${piece.marker} ${text}`;
}

/**
 * The lines every English export starts with, so a reader knows what the text is: the document's
 * title and, when it has one, its date (worded as on the bilingual page).
 */
export function englishFrontMatter(doc: Pick<BilingualDocument, "title" | "date">): { title: string; dateLine?: string } {
  const title = oneLine(doc.title);
  return doc.date ? { title, dateLine: `Date ${doc.date}` } : { title };
}

/** The heading level of a block in an English export: its own, 2 by default, within 1–6. */
export function headingLevel(level: number | undefined): number {
  return Math.min(6, Math.max(1, level ?? 2));
}

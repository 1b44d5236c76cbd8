/**
 * How an annotation remembers the span of source text it is attached to: W3C Web Annotation
 * TextPositionSelector offsets plus a TextQuoteSelector (the quote with some context either side).
 * Offsets alone break as soon as the text is edited before the span; the quote and its context let
 * `anchorSpan` find the span again (the scheme Hypothesis uses).
 */

import { DomainError } from "../errors";

/** A span of a segment's source text. Offsets are UTF-16 code units, as JavaScript strings count. */
export interface SpanAnchor {
  start: number;
  end: number;
  /** `text.slice(start, end)` when the anchor was made. */
  exact: string;
  /** Up to CONTEXT_LENGTH characters before the span ("" at the start of the text). */
  prefix: string;
  /** Up to CONTEXT_LENGTH characters after the span ("" at the end of the text). */
  suffix: string;
}

/**
 * Characters of context kept either side. Hypothesis keeps 32: enough to tell apart two occurrences
 * of a term within a sentence, short enough that an edit nearby does not swamp the comparison.
 */
export const CONTEXT_LENGTH = 32;

/** Describes `text.slice(start, end)` as an anchor. Throws INVALID_INPUT for an empty, blank or out-of-range span. */
export function describeSpan(text: string, start: number, end: number, context = CONTEXT_LENGTH): SpanAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new DomainError("INVALID_INPUT", "A span's start and end must be whole numbers.", { start, end });
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new DomainError("INVALID_INPUT", `The span ${start}–${end} is not a non-empty range of a text of ${text.length} characters.`, {
      start,
      end,
      length: text.length,
    });
  }
  if (!Number.isInteger(context) || context < 0) {
    throw new DomainError("INVALID_INPUT", "The context length must be a whole number of at least 0.", { context });
  }
  const exact = text.slice(start, end);
  // A blank span cannot be re-anchored meaningfully (whitespace is trimmed at joints) nor shown.
  if (exact.trim() === "") {
    throw new DomainError("INVALID_INPUT", "The span contains only whitespace.", { start, end });
  }
  return {
    start,
    end,
    exact,
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}

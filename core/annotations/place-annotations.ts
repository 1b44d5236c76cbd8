/**
 * Where imported annotations go in a document: the segment each one's target names (a
 * `#segment-<id>` fragment of this document) if its quote is found there; else the segment of the
 * document where the quote and its context match best (not merely the first that holds the quote:
 * a short term like « risque » occurs in many sentences, and only the stored prefix/suffix tell
 * which one was meant); else nowhere — imported as an orphan, never dropped.
 *
 * The document-wide search is what costs: annotations × document length, fuzzily where the quote
 * is not found verbatim. It is bounded by MAX_ANCHOR_SEARCH_CHARACTERS per import (a fuzzy scan
 * counting FUZZY_SEARCH_COST per character): segments holding the quote verbatim are scored first
 * (cheap), the others fuzzily while the budget lasts. Within the budget the result is the best
 * match over the whole document, as without one; past it, what is not in its own segment is an
 * orphan at once. Runs as steps, to be sliced.
 */

import { FUZZY_SEARCH_COST, MAX_ANCHOR_SEARCH_CHARACTERS } from "../limits";
import { runAtOnce, type Steps } from "../work/slices";
import { anchorSpan } from "./anchor-span";
import type { SpanAnchor } from "./span-anchor";
import type { ImportedAnnotation } from "./web-annotation";

export interface PlaceableSegment {
  id: string;
  sourceText: string;
}

export interface Placement {
  segment: PlaceableSegment;
  start: number;
  end: number;
}

/** Characters searched between two safe points. */
const CHARACTERS_PER_STEP = 200_000;

/** Each annotation's placement (or null: an orphan), in order, searching at most `budget` characters outside named segments. */
export function* placeAnnotationSteps(
  annotations: readonly Pick<ImportedAnnotation, "anchor" | "segmentRef">[],
  segments: readonly PlaceableSegment[],
  budget = MAX_ANCHOR_SEARCH_CHARACTERS,
  report?: (done: number, total: number) => void,
): Steps<(Placement | null)[]> {
  const byId = new Map(segments.map((s) => [s.id, s]));
  const search = { left: budget, sinceStep: 0 };
  const placements: (Placement | null)[] = [];
  for (const annotation of annotations) {
    report?.(placements.length, annotations.length);
    placements.push(yield* placeOne(annotation, segments, byId, search));
  }
  return placements;
}

/** The same, straight through. */
export function placeAnnotations(
  annotations: readonly Pick<ImportedAnnotation, "anchor" | "segmentRef">[],
  segments: readonly PlaceableSegment[],
  budget = MAX_ANCHOR_SEARCH_CHARACTERS,
): (Placement | null)[] {
  return runAtOnce(placeAnnotationSteps(annotations, segments, budget));
}

function* placeOne(
  annotation: Pick<ImportedAnnotation, "anchor" | "segmentRef">,
  segments: readonly PlaceableSegment[],
  byId: Map<string, PlaceableSegment>,
  search: { left: number; sinceStep: number },
): Steps<Placement | null> {
  const anchor: SpanAnchor = { ...annotation.anchor, start: annotation.anchor.start ?? -1, end: annotation.anchor.end ?? -1 };
  const named = byId.get(annotation.segmentRef?.match(/#segment-([A-Za-z0-9_-]+)$/)?.[1] ?? "");
  if (named) {
    const found = anchorSpan(named.sourceText, anchor);
    if (found) return { segment: named, start: found.start, end: found.end };
  }
  // Offsets are relative to a segment we do not have: compare by quote and context only.
  const byQuote: SpanAnchor = { ...anchor, start: -1, end: -1 };
  const match: { best: (Placement & { score: number }) | null } = { best: null };
  const consider = (segment: PlaceableSegment) => {
    const found = anchorSpan(segment.sourceText, byQuote);
    if (found && (match.best === null || found.score > match.best.score)) match.best = { segment, start: found.start, end: found.end, score: found.score };
  };
  const spend = function* (characters: number): Steps<boolean> {
    search.left -= characters;
    search.sinceStep += characters;
    if (search.sinceStep >= CHARACTERS_PER_STEP) {
      search.sinceStep = 0;
      yield;
    }
    return search.left >= 0;
  };
  // Verbatim first: cheap, and usually where the quote is.
  const holding = new Set<PlaceableSegment>();
  for (const segment of segments) {
    if (!(yield* spend(segment.sourceText.length))) return placed(match.best);
    if (!segment.sourceText.includes(byQuote.exact)) continue;
    holding.add(segment);
    consider(segment);
    if (match.best && match.best.score >= 1) return placed(match.best);
  }
  // Then fuzzily in the segments that do not hold it verbatim, while the budget lasts.
  for (const segment of segments) {
    if (holding.has(segment)) continue;
    if (!(yield* spend(segment.sourceText.length * FUZZY_SEARCH_COST))) return placed(match.best);
    consider(segment);
  }
  return placed(match.best);
}

function placed(best: (Placement & { score: number }) | null): Placement | null {
  return best && { segment: best.segment, start: best.start, end: best.end };
}

import { LOW_CONFIDENCE, SEGMENT_STATUSES, type SegmentStatus } from "@/core/model/document";
import { QA_CODES, type QaCode } from "@/core/qa/types";
import { changedSinceReview } from "@/core/review/status-machine";

/**
 * What the grid and review mode may be narrowed to: everything, one status, pairs with notes or
 * open comments, unsure pairs, pairs edited since their last review, pairs whose source changed,
 * pairs with a reviewer's edit awaiting acceptance, and pairs filled by pre-translation or repetition
 * that nobody has edited since (a reviewer checks those).
 */
export type RowFilter =
  | "all"
  | SegmentStatus
  | "withNotes"
  | "withComments"
  | "lowConfidence"
  | "changedSinceReview"
  | "sourceChanged"
  | "trackedChange"
  | "pretranslated"
  | QaRowFilter;

/** Segments with QA issues nobody ignored: any check, or one check (the document's QA report). */
export type QaRowFilter = "qa:all" | `qa:${QaCode}`;

export const isQaRowFilter = (filter: RowFilter): filter is QaRowFilter => filter.startsWith("qa:");

export interface FilterableSegment {
  id: string;
  status: string;
  alignScore: number | null;
  version: number;
  reviewedVersion: number | null;
  previousSourceText: string | null;
  trackedBaseText: string | null;
  /** Where a pre-translation came from ("tm", "repetition"); cleared when someone edits the text. */
  matchOrigin?: string | null;
}

/** Segment ids that carry notes (source annotations) and open comment threads. */
export interface SegmentMarks {
  notes: ReadonlySet<string>;
  comments: ReadonlySet<string>;
  /** The checks with unignored issues, by segment, from the document's QA report (when loaded). */
  qa?: ReadonlyMap<string, ReadonlySet<QaCode>>;
}

/** Segments carrying an anchored gloss or note (what the "with notes" filter keeps). */
export function segmentsWithNotes(annotations: readonly { segmentId: string | null; status: string }[]): Set<string> {
  return new Set(annotations.filter((a) => a.status === "anchored" && a.segmentId).map((a) => a.segmentId!));
}

export function matchesFilter(segment: FilterableSegment, filter: RowFilter, marks: SegmentMarks): boolean {
  switch (filter) {
    case "all":
      return true;
    case "withNotes":
      return marks.notes.has(segment.id);
    case "withComments":
      return marks.comments.has(segment.id);
    case "lowConfidence":
      return segment.alignScore !== null && segment.alignScore < LOW_CONFIDENCE;
    case "changedSinceReview":
      return changedSinceReview(segment);
    case "sourceChanged":
      return segment.previousSourceText !== null;
    case "trackedChange":
      return segment.trackedBaseText !== null;
    case "pretranslated":
      return !!segment.matchOrigin;
    case "qa:all":
      return (marks.qa?.get(segment.id)?.size ?? 0) > 0;
    default:
      if (isQaRowFilter(filter)) return marks.qa?.get(segment.id)?.has(filter.slice(3) as QaCode) ?? false;
      return segment.status === filter;
  }
}

const FILTERS: RowFilter[] = [
  "all",
  ...SEGMENT_STATUSES,
  "withNotes",
  "withComments",
  "lowConfidence",
  "changedSinceReview",
  "sourceChanged",
  "trackedChange",
  "pretranslated",
  "qa:all",
  ...QA_CODES.map((code) => `qa:${code}` as const),
];

/** The filters worth offering, each with how many segments it keeps (empty ones are left out). */
export function filterCounts(segments: readonly FilterableSegment[], marks: SegmentMarks): { filter: RowFilter; count: number }[] {
  return FILTERS.map((filter) => ({ filter, count: segments.filter((s) => matchesFilter(s, filter, marks)).length })).filter(
    (entry) => entry.filter === "all" || entry.count > 0,
  );
}

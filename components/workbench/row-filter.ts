import { LOW_CONFIDENCE, SEGMENT_STATUSES, type SegmentStatus } from "@/core/model/document";

/** What the grid may be narrowed to: everything, one status, pairs with notes, or unsure pairs. */
export type RowFilter = "all" | SegmentStatus | "withNotes" | "lowConfidence";

interface FilterableSegment {
  id: string;
  status: string;
  alignScore: number | null;
}

export function matchesFilter(segment: FilterableSegment, filter: RowFilter, withNotes: ReadonlySet<string>): boolean {
  if (filter === "all") return true;
  if (filter === "withNotes") return withNotes.has(segment.id);
  if (filter === "lowConfidence") return segment.alignScore !== null && segment.alignScore < LOW_CONFIDENCE;
  return segment.status === filter;
}

/** The filters worth offering, each with how many segments it keeps (empty ones are left out). */
export function filterCounts(segments: readonly FilterableSegment[], withNotes: ReadonlySet<string>): { filter: RowFilter; count: number }[] {
  const filters: RowFilter[] = ["all", ...SEGMENT_STATUSES, "withNotes", "lowConfidence"];
  return filters
    .map((filter) => ({ filter, count: segments.filter((s) => matchesFilter(s, filter, withNotes)).length }))
    .filter((entry) => entry.filter === "all" || entry.count > 0);
}

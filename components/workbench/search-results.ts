import { buildMatcher, findMatches, replaceMatches, type SearchOptions } from "@/core/search/find-text";

export type SearchScope = "source" | "target" | "both";

export interface SearchableSegment {
  id: string;
  sourceText: string;
  targetText: string;
  version: number;
}

export interface SearchHit {
  segmentId: string;
  side: "source" | "target";
  start: number;
  end: number;
}

export interface Replacement {
  segmentId: string;
  baseVersion: number;
  before: string;
  targetText: string;
}

/** Every hit of the search in document order (source before target within a segment), or the error message. */
export function searchSegments(segments: readonly SearchableSegment[], options: SearchOptions, scope: SearchScope): { hits: SearchHit[]; error: string | null } {
  let matcher: RegExp;
  try {
    matcher = buildMatcher(options);
  } catch (error) {
    return { hits: [], error: (error as Error).message };
  }
  const hits: SearchHit[] = [];
  for (const segment of segments) {
    for (const side of ["source", "target"] as const) {
      if (scope !== "both" && scope !== side) continue;
      for (const m of findMatches(side === "source" ? segment.sourceText : segment.targetText, matcher)) hits.push({ segmentId: segment.id, side, ...m });
    }
  }
  return { hits, error: null };
}

/** What "replace all" would write: only targets change, one entry per segment that changes. */
export function previewReplacements(segments: readonly SearchableSegment[], options: SearchOptions, replacement: string): Replacement[] {
  const matcher = buildMatcher(options);
  return segments.flatMap((segment) => {
    const targetText = replaceMatches(segment.targetText, matcher, replacement, !!options.regex);
    return targetText === segment.targetText ? [] : [{ segmentId: segment.id, baseVersion: segment.version, before: segment.targetText, targetText }];
  });
}

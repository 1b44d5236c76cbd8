import { buildMatcher, compileSearch, findMatches, replaceMatchAt, replaceMatches, type SearchOptions, type SearchProblem } from "@/core/search/find-text";

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

/** Every hit of the search in document order (source before target within a segment), or why the search cannot run. */
export function searchSegments(
  segments: readonly SearchableSegment[],
  options: SearchOptions,
  scope: SearchScope,
): { hits: SearchHit[]; problem: SearchProblem | null } {
  const compiled = compileSearch(options);
  if ("problem" in compiled) return { hits: [], problem: compiled.problem };
  const hits: SearchHit[] = [];
  for (const segment of segments) {
    for (const side of ["source", "target"] as const) {
      if (scope !== "both" && scope !== side) continue;
      for (const m of findMatches(side === "source" ? segment.sourceText : segment.targetText, compiled.matcher))
        hits.push({ segmentId: segment.id, side, ...m });
    }
  }
  return { hits, problem: null };
}

/** What "replace" writes for one hit in a translation (null for a hit in the source, which is not replaced). */
export function replacementOfHit(segment: SearchableSegment, hit: SearchHit, options: SearchOptions, replacement: string): Replacement | null {
  if (hit.side !== "target") return null;
  const targetText = replaceMatchAt(segment.targetText, buildMatcher(options), hit, replacement, !!options.regex);
  return targetText === segment.targetText ? null : { segmentId: segment.id, baseVersion: segment.version, before: segment.targetText, targetText };
}

/** The hit to show after the hits changed (a replacement, an edit): the first at or after where the old one was. */
export function hitAtOrAfter(hits: readonly SearchHit[], order: ReadonlyMap<string, number>, where: Pick<SearchHit, "segmentId" | "side" | "start">): number {
  const key = (h: Pick<SearchHit, "segmentId" | "side" | "start">) => [order.get(h.segmentId) ?? 0, h.side === "source" ? 0 : 1, h.start];
  const target = key(where);
  const found = hits.findIndex((h) => {
    const k = key(h);
    return k[0] > target[0] || (k[0] === target[0] && (k[1] > target[1] || (k[1] === target[1] && k[2] >= target[2])));
  });
  return found < 0 ? (hits.length > 0 ? 0 : -1) : found;
}

/** What "replace all" would write: only targets change, one entry per segment that changes. */
export function previewReplacements(segments: readonly SearchableSegment[], options: SearchOptions, replacement: string): Replacement[] {
  const matcher = buildMatcher(options);
  return segments.flatMap((segment) => {
    const targetText = replaceMatches(segment.targetText, matcher, replacement, !!options.regex);
    return targetText === segment.targetText ? [] : [{ segmentId: segment.id, baseVersion: segment.version, before: segment.targetText, targetText }];
  });
}

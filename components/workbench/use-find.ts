"use client";

import { useMemo, useState } from "react";
import type { SearchOptions } from "@/core/search/find-text";
import { compileSearch } from "@/core/search/find-text";
import { hitAtOrAfter, replacementOfHit, searchSegments, type Replacement, type SearchHit, type SearchScope, type SearchableSegment } from "./search-results";

export type FindFlags = { caseSensitive: boolean; wholeWord: boolean; regex: boolean };
type Anchor = Pick<SearchHit, "segmentId" | "side" | "start">;

/**
 * The find bar's state: the query, its hits over the whole part, and the current hit. The current
 * hit is held as a place in the text (segment, side, offset), not an index, so that after a
 * replacement or an edit it moves on to the next hit instead of pointing at another one.
 */
export function useFind(segments: readonly SearchableSegment[]) {
  const [query, setQuery] = useState("");
  const [scope, setScope] = useState<SearchScope>("both");
  const [flags, setFlags] = useState<FindFlags>({ caseSensitive: false, wholeWord: false, regex: false });
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  const options: SearchOptions = useMemo(() => ({ query, ...flags }), [query, flags]);
  const { hits, problem } = useMemo(() => (query ? searchSegments(segments, options, scope) : { hits: [], problem: null }), [segments, options, scope, query]);
  const matcher = useMemo(() => {
    const compiled = query ? compileSearch(options) : null;
    return compiled && "matcher" in compiled ? compiled.matcher : null;
  }, [query, options]);
  const order = useMemo(() => new Map(segments.map((s, k) => [s.id, k])), [segments]);
  const current = anchor ? hitAtOrAfter(hits, order, anchor) : -1;

  /** Moves to the next (1) or previous (-1) hit, wrapping round; returns it. */
  function step(direction: 1 | -1): SearchHit | null {
    if (hits.length === 0) return null;
    const next = current < 0 ? (direction === 1 ? 0 : hits.length - 1) : (current + direction + hits.length) % hits.length;
    setAnchor(hits[next]);
    return hits[next];
  }

  /**
   * What "replace" writes for the current hit. A current hit in the source (or none) is not
   * replaced: the bar moves to the next hit in a translation first and returns it as `moved`.
   */
  function replacementForCurrent(replacement: string): { change: Replacement; hit: SearchHit } | { moved: SearchHit | null } {
    const hit = current >= 0 ? hits[current] : null;
    const segment = hit ? segments[order.get(hit.segmentId) ?? -1] : undefined;
    const change = hit && segment ? replacementOfHit(segment, hit, options, replacement) : null;
    if (hit && change) return { change, hit };
    const from = current < 0 ? 0 : current + 1;
    const next = [...hits.slice(from), ...hits.slice(0, from)].find((h) => h.side === "target") ?? null;
    if (next) setAnchor(next);
    return { moved: next };
  }

  /** After a replacement in `hit`: go on from just after the new text. */
  function continueAfter(hit: SearchHit, change: Replacement) {
    setAnchor({ segmentId: hit.segmentId, side: hit.side, start: hit.end + change.targetText.length - change.before.length });
  }

  const reset = () => setAnchor(null);
  return {
    query,
    setQuery: (q: string) => (setQuery(q), reset()),
    scope,
    setScope,
    flags,
    setFlags,
    options,
    hits,
    problem,
    matcher,
    current,
    step,
    replacementForCurrent,
    continueAfter,
  };
}

"use client";

import { useEffect, useState } from "react";
import type { TmMatch } from "@/core/tm/types";
import { segmentMatchesAction } from "@/actions/matches";

/** Quiet time before asking: moving fast through segments (Alt+↓ held) asks only for the one the user stops on. */
const DEBOUNCE_MS = 150;
/** Answers kept, so that going back to a segment shows its matches at once. */
const CACHE_SIZE = 50;

export type MatchesState =
  | { phase: "idle"; matches: readonly TmMatch[] }
  | { phase: "loading"; matches: readonly TmMatch[] }
  | { phase: "ready"; matches: readonly TmMatch[] }
  | { phase: "error"; matches: readonly TmMatch[]; message: string };

interface Query {
  segmentId: string | null;
  /** The segment's French as now: a source correction asks again. */
  sourceText: string;
  threshold: number;
  /** Changes when the memory may have changed (a confirmation acknowledged): asks again. */
  epoch: number;
}

const NONE: readonly TmMatch[] = [];

/**
 * The translation memory's matches for one segment, asked for after a short pause and dropped when
 * the user has moved on before the answer came (a server action cannot be aborted: its late answer
 * is ignored). Answers are cached by segment, source, threshold and memory epoch.
 */
export function useSegmentMatches({ segmentId, sourceText, threshold, epoch }: Query): MatchesState & { retry: () => void } {
  const [cache, setCache] = useState<ReadonlyMap<string, readonly TmMatch[]>>(() => new Map());
  const [attempt, setAttempt] = useState(0);
  const key = segmentId ? JSON.stringify([segmentId, sourceText, threshold, epoch]) : null;
  const [answer, setAnswer] = useState<{ key: string; error: string } | null>(null);
  // While the same segment is asked again (the memory changed), its last matches stay on screen.
  const [last, setLast] = useState<{ segmentId: string; matches: readonly TmMatch[] } | null>(null);

  useEffect(() => {
    if (!key || !segmentId || cache.has(key)) return;
    let live = true;
    const timer = setTimeout(() => {
      segmentMatchesAction({ segmentId, minScore: threshold }).then(
        (result) => {
          if (!live) return;
          if (result.ok) {
            setCache((current) => remember(current, key, result.value));
            setLast({ segmentId, matches: result.value });
          } else setAnswer({ key, error: result.message });
        },
        () => live && setAnswer({ key, error: "" }),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, segmentId, threshold, attempt, cache]);

  const retry = () => {
    setAnswer(null);
    setAttempt((n) => n + 1);
  };
  if (!key) return { phase: "idle", matches: NONE, retry };
  const cached = cache.get(key);
  if (cached) return { phase: "ready", matches: cached, retry };
  if (answer?.key === key) return { phase: "error", matches: NONE, message: answer.error, retry };
  return { phase: "loading", matches: last?.segmentId === segmentId ? last.matches : NONE, retry };
}

function remember(cache: ReadonlyMap<string, readonly TmMatch[]>, key: string, matches: readonly TmMatch[]) {
  const next = new Map(cache).set(key, matches);
  if (next.size > CACHE_SIZE) next.delete(next.keys().next().value!);
  return next;
}

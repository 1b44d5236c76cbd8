"use client";

import { useCallback, useEffect, useState } from "react";
import type { QaIgnore, QaReportedIssue } from "@/core/qa/types";
import { qaServer } from "./qa-server-calls";

export interface SegmentQaState {
  phase: "loading" | "ready" | "error";
  issues: QaReportedIssue[];
  ignores: QaIgnore[];
  message?: string;
}

const EMPTY: SegmentQaState = { phase: "loading", issues: [], ignores: [] };

/**
 * The server's check of one segment (its saved text): the ignores kept for it and what only the
 * server can know (inconsistencies with the rest of the project). Asked again when the saved
 * version changes and after an ignore; a late answer about another segment is dropped.
 */
export function useSegmentQa(segmentId: string | null, version: number) {
  const [state, setState] = useState<{ key: string; value: SegmentQaState } | null>(null);
  const [epoch, setEpoch] = useState(0);
  const key = `${segmentId}@${version}#${epoch}`;
  useEffect(() => {
    if (!segmentId) return;
    let current = true;
    qaServer
      .checkSegment(segmentId)
      .catch((error: unknown) => ({ ok: false as const, code: "UNKNOWN" as const, message: error instanceof Error ? error.message : String(error) }))
      .then((result) => {
        if (!current) return;
        const value: SegmentQaState = result.ok ? { phase: "ready", ...result.value } : { phase: "error", issues: [], ignores: [], message: result.message };
        setState({ key, value });
      });
    return () => {
      current = false;
    };
  }, [segmentId, key]);
  const refresh = useCallback(() => setEpoch((n) => n + 1), []);
  // Until the new answer comes, the last one for the same segment stands (no flicker on each save).
  const value = state && state.key.startsWith(`${segmentId}@`) ? state.value : EMPTY;
  return { ...value, refresh };
}

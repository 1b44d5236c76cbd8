"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import type { QaCode } from "@/core/qa/types";
import { qaServer, type QaDocumentReport } from "./qa-server-calls";

export type QaReportState =
  | { phase: "loading"; report: QaDocumentReport | null }
  | { phase: "ready"; report: QaDocumentReport }
  | { phase: "error"; report: QaDocumentReport | null; message: string };

/**
 * The document's QA report from the server (every saved translation through the one runner): the
 * counts per check and, by segment, the checks with unignored issues (what the grid's QA filters
 * keep). Loaded when the document opens and asked again on demand (the report dialog, an ignore).
 */
export function useQaReport(documentId: string, part?: number) {
  const [state, setState] = useState<QaReportState>({ phase: "loading", report: null });
  const [epoch, setEpoch] = useState(0);
  useEffect(() => {
    let current = true;
    qaServer
      .checkDocument(documentId, part)
      .catch((error: unknown) => ({ ok: false as const, message: error instanceof Error ? error.message : String(error) }))
      .then((result) => {
        if (!current) return;
        setState((last) => (result.ok ? { phase: "ready", report: result.value } : { phase: "error", report: last.report, message: result.message }));
      });
    return () => {
      current = false;
    };
  }, [documentId, part, epoch]);
  const refresh = useCallback(() => {
    setState((last) => ({ phase: "loading", report: last.report }));
    setEpoch((n) => n + 1);
  }, []);
  const bySegment = useMemo(() => {
    const map = new Map<string, Set<QaCode>>();
    for (const segment of state.report?.segments ?? []) {
      const codes = new Set(segment.issues.filter((issue) => !issue.ignored).map((issue) => issue.code));
      if (codes.size > 0) map.set(segment.segmentId, codes);
    }
    return map;
  }, [state.report]);
  return { state, bySegment, refresh };
}

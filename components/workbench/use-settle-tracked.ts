"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { settleTrackedChangeAction } from "@/actions/review";
import type { useBatchEdits } from "./use-batch-edits";

/**
 * Accepting or reverting a reviewer's pending edit from a row, and the last refusal to show. Rows are
 * memoised: they get one stable callback, which reaches the current batch helpers through a ref.
 */
export function useSettleTracked(batch: ReturnType<typeof useBatchEdits>) {
  const batchRef = useRef(batch);
  useEffect(() => {
    batchRef.current = batch;
  });
  const [problem, setProblem] = useState<string | null>(null);
  const settle = useCallback(
    (segmentId: string, decision: "accept" | "revert") =>
      void batchRef.current.single(segmentId, (baseVersion) => settleTrackedChangeAction({ segmentId, baseVersion, decision })).then(setProblem),
    [],
  );
  return { settle, problem };
}

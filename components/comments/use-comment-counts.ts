"use client";

import { useCallback, useMemo, useState } from "react";
import { createCommentAction, listCommentsAction } from "@/actions/comments";
import { openCommentMarks, type OpenCommentMarks } from "@/core/comments/open-comment-marks";

const NO_SPANS: { start: number; end: number }[] = [];

/**
 * Open comment threads per segment — their count beside each segment, the words they are about,
 * the "with comments" filter — kept current as the user writes, resolves or reopens threads.
 */
export function useCommentCounts(documentId: string, initial: OpenCommentMarks) {
  const [marks, setMarks] = useState<OpenCommentMarks>(initial);
  const withOpen = useMemo(() => new Set(Object.keys(marks.counts).filter((id) => marks.counts[id] > 0)), [marks]);

  /** Reads a segment's threads again after the thread panel changed something. */
  const refresh = useCallback(
    async (segmentId: string) => {
      const result = await listCommentsAction({ documentId, segmentId });
      if (!result.ok) return;
      const fresh = openCommentMarks(result.value);
      setMarks((current) => ({
        counts: { ...current.counts, [segmentId]: fresh.counts[segmentId] ?? 0 },
        spans: { ...current.spans, [segmentId]: fresh.spans[segmentId] ?? NO_SPANS },
      }));
    },
    [documentId],
  );

  /** Starts a thread on a whole segment (a rejection's reason), resolving to an error message or null. */
  const add = useCallback(async (segmentId: string, body: string): Promise<string | null> => {
    const result = await createCommentAction({ segmentId, body });
    if (!result.ok) return result.message;
    setMarks((current) => ({ ...current, counts: { ...current.counts, [segmentId]: (current.counts[segmentId] ?? 0) + 1 } }));
    return null;
  }, []);

  return { open: marks.counts, spans: marks.spans, withOpen, refresh, add };
}

"use client";

import { useCallback, useMemo, useState } from "react";
import { createCommentAction, listCommentsAction } from "@/app/[lng]/projects/[projectId]/documents/[documentId]/comment-actions";

/**
 * Open comment threads per segment, for the counts beside each segment and the "with comments"
 * filter; kept current as the user writes, resolves or reopens threads.
 */
export function useCommentCounts(documentId: string, initial: Readonly<Record<string, number>>) {
  const [open, setOpen] = useState<Record<string, number>>(() => ({ ...initial }));
  const withOpen = useMemo(() => new Set(Object.keys(open).filter((id) => open[id] > 0)), [open]);

  /** Counts a segment's open threads again after the thread panel changed something. */
  const refresh = useCallback(
    async (segmentId: string) => {
      const result = await listCommentsAction({ documentId, segmentId });
      if (result.ok) setOpen((current) => ({ ...current, [segmentId]: result.value.filter((thread) => !thread.root.resolvedAt).length }));
    },
    [documentId],
  );

  /** Starts a thread on a whole segment (a rejection's reason), resolving to an error message or null. */
  const add = useCallback(
    async (segmentId: string, body: string): Promise<string | null> => {
      const result = await createCommentAction({ segmentId, body });
      if (!result.ok) return result.message;
      setOpen((current) => ({ ...current, [segmentId]: (current[segmentId] ?? 0) + 1 }));
      return null;
    },
    [],
  );

  return { open, withOpen, refresh, add };
}
